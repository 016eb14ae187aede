// Checks one article's MDX file on its own: its place, its front matter (the build's schema), the
// site's forbidden text, its headings, images, http:// addresses and its size. Links and clashes
// with other articles need every article: see links.ts and clashes.ts.
import { gzipSync } from 'node:zlib';
import { ARTICLE_SOURCE_GZIP_MAX, PAGE_GZIP_MAX } from '../core/budgets.ts';
import type { SiteConfig } from '../core/site-config.ts';
import { validateYaml } from '../core/yaml.ts';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { bodyLinks, explicitIds, insecureAddresses, type BodyLink } from './body-links.ts';
import { headingIds, headingProblems, headingsIn } from './headings.ts';
import { mdxProblems } from './mdx-compile.ts';
import { scriptProblems } from './scripts.ts';
import { readMdx } from './mdx-source.ts';
import { problem, problemLine, type Problem } from './problem.ts';
import { placeArticle, type ArticlePlace, findForbidden } from '../articles/index.ts';
import { articleFacts, type ArticleFacts } from './parity.ts';

export interface CheckedArticle {
  /** As shown to the author: "content/en/basics/soil.mdx". */
  file: string;
  /** Its place, when the path is right. */
  place?: ArticlePlace;
  /** Its front matter, when valid. */
  data?: ArticleData;
  /** The line of each top-level front-matter field. */
  fieldLines: Map<string, number>;
  links: BodyLink[];
  /** The ids of its headings and of elements with an id="…", as the build gives them. */
  ids: string[];
  /** What a translation of it must keep (numbers, links, shape), with the source language's addresses. */
  facts?: ArticleFacts;
}

const bytes = (n: number) => `${n.toLocaleString('en')} B`;

/** `entry` is the path inside the content folder: "en/basics/soil.mdx". */
export function checkArticle(entry: string, file: string, text: string, site: SiteConfig, problems: Problem[]): CheckedArticle {
  const source = readMdx(text);
  const fieldLines = new Map<string, number>();
  let data: ArticleData | undefined;
  let declaredSection: unknown;
  if (!source.frontMatter) {
    problems.push(problem(file, { line: 1, message: 'no front matter', fix: 'start the file with the --- block docs/authoring.md shows' }));
  } else {
    const { text: yaml, firstLine } = source.frontMatter;
    yaml.split('\n').forEach((line, i) => {
      const key = /^([A-Za-z][\w-]*)\s*:/.exec(line)?.[1];
      if (key && !fieldLines.has(key)) fieldLines.set(key, firstLine + i);
    });
    const [first, ...rest] = site.sections;
    const result = validateYaml(yaml, articleSchema([first!, ...rest]), firstLine);
    if (result.ok) data = result.data;
    else problems.push(...result.problems.map((line) => problemLine(file, line)));
    declaredSection = (result.input as Record<string, unknown> | undefined)?.section;
  }

  const placed = placeArticle(entry, declaredSection, site);
  const place = 'problem' in placed ? undefined : placed;
  if ('problem' in placed) {
    const line = placed.problem.startsWith('field "section"') ? fieldLines.get('section') : undefined;
    problems.push(problemLine(file, `${line ? `line ${line}, ` : ''}${placed.problem}`));
  }

  for (const { line, text: found, reason } of findForbidden(text, site.forbidden)) {
    problems.push(
      problem(file, { line, message: `"${found}" is not allowed (${reason}; rule in site.yaml "forbidden")`, fix: 'take it out: say why not, and what to do instead' }),
    );
  }

  // The body as MDX reads it, with the front matter's lines left empty so that lines match the file.
  const lines = text.split(/\r?\n/);
  problems.push(...mdxProblems(file, lines.map((line, i) => (i + 1 < source.bodyLine ? '' : line)).join('\n')));

  const headings = headingsIn(source);
  problems.push(...headingProblems(file, headings));

  const links = bodyLinks(source);
  problems.push(...scriptProblems(file, source, links));
  if (data && !/\p{L}/u.test(data.title)) {
    problems.push(problem(file, { line: fieldLines.get('title'), field: 'title', message: `"${data.title}" has no letter: the A–Z list files every page under its first letter`, fix: 'start the title with a word' }));
  }
  for (const image of links.filter((l) => l.image)) {
    if (image.markdown && !image.alt?.trim()) {
      problems.push(problem(file, { line: image.line, message: `image "${image.url}" has no alt text`, fix: 'write what the image shows between the brackets: ![a seed tray](…)' }));
    } else if (!image.markdown && image.alt === undefined) {
      problems.push(problem(file, { line: image.line, message: `image "${image.url}" has no alt text`, fix: 'add alt="what the image shows" (alt="" only for a picture that adds nothing to the words)' }));
    }
  }
  for (const { line, url } of insecureAddresses(source)) {
    problems.push(problem(file, { line, message: `"${url}" is an http: address`, fix: 'use the https:// address of the same page (leave it out if the site has none; an example address goes in `code`)' }));
  }

  const gzipped = gzipSync(text, { level: 9 }).length;
  if (gzipped > ARTICLE_SOURCE_GZIP_MAX) {
    problems.push(
      problem(file, {
        message: `page is too big: the file is ${bytes(gzipped)} gzipped, over the ${bytes(ARTICLE_SOURCE_GZIP_MAX)} an article may take so that its page stays within ${bytes(PAGE_GZIP_MAX)}`,
        fix: 'split it into two articles, or cut what the reader does not need',
      }),
    );
  }

  const titles = data && [
    { text: data.title, line: fieldLines.get('title') },
    { text: data.summary, line: fieldLines.get('summary') },
  ];
  const facts = place && articleFacts(source, place.lang, site.defaultLanguage, titles);
  return { file, place, data, fieldLines, links, ids: [...headingIds(headings), ...explicitIds(source)], facts };
}
