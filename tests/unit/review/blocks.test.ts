// A built article cut into the blocks a reviewer checks one by one.
import { expect, test } from 'vitest';
import { articleBlocks } from '../../../src/review/blocks.ts';

const article = `<article data-handout="x"><h1>Title</h1><p class="lead">Summary.</p><p class="download" data-pdf-offer="handout"><a href="/print/en/x.pdf">Download</a></p><p class="note">Machine notice.</p><p>First line.
Second <a href="/en/a/b/" data-print-url="x/en/a/b/">link</a>.</p>
<h2 id="steps">Steps</h2>
<ol>
<li><strong>One.</strong>
Do it.</li>
<li>Two, with a list:
<ul>
<li>inner</li>
</ul>
</li>
</ol>
<blockquote>
<p><strong>Example.</strong> Grace paid.</p>
</blockquote>
<ul class="contains-task-list"><li class="task-list-item"><span class="box" aria-hidden="true"></span> Tick</li></ul>
<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>
<img src="/x.png" alt="x">
<section class="sources" aria-labelledby="page-sources"><h2 id="page-sources">Sources</h2><ol><li>S</li></ol></section><p class="muted" data-pagefind-ignore>Updated: <time datetime="2026-11-25">25 November 2026</time></p></article>`;

test('each paragraph, heading, list item, > block and table row is a block; notices, offers, sources and the date are not', () => {
  expect(articleBlocks(article)).toEqual([
    '<h1>Title</h1>',
    '<p class="lead">Summary.</p>',
    '<p>First line.\nSecond <u>link</u>.</p>',
    '<h2>Steps</h2>',
    '<strong>One.</strong>\nDo it.',
    'Two, with a list:\n<ul>\n<li>inner</li>\n</ul>',
    '<blockquote>\n<p><strong>Example.</strong> Grace paid.</p>\n</blockquote>',
    '☐ Tick',
    'A | B',
    '1 | 2',
    '<img src="/x.png" alt="x">',
  ]);
});
