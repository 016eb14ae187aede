// `npm run check` checks links to #anchors on article pages with the ids it computes from the MDX
// source. They must be exactly the ids the build gives: every article page of dist/, compared.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { explicitIds } from '../../src/check/body-links.ts';
import { headingIds, headingsIn } from '../../src/check/headings.ts';
import { readMdx } from '../../src/check/mdx-source.ts';
import { ARTICLE_PAGE_IDS } from '../../src/check/site-pages.ts';
import { idsIn } from '../../src/check/links.ts';
import { contentDir } from '../../src/core/paths.ts';
import { distDir } from '../helpers/built-site.ts';

const articles = fs
  .readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
  .filter((entry) => entry.endsWith('.mdx'))
  .sort();

test.each(articles)('%s: the check computes the ids its page has', (entry) => {
  const source = readMdx(fs.readFileSync(path.join(contentDir, entry), 'utf8'));
  const computed = new Set([...headingIds(headingsIn(source)), ...explicitIds(source), ...ARTICLE_PAGE_IDS]);
  const built = idsIn(fs.readFileSync(path.join(distDir, entry.replace(/\.mdx$/, ''), 'index.html'), 'utf8'));
  expect([...computed].sort()).toEqual([...built].sort());
});
