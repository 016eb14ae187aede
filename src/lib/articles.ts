// The one way routes read articles: pages never glob files themselves.
import { getCollection, type CollectionEntry } from 'astro:content';
import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from './errors.ts';
import { findForbidden } from './forbidden.ts';
import { contentDir, shown } from './paths.ts';
import { articleHref, clashingOrders, readingOrder } from './reading-order.ts';
import type { LinkItem } from './link-item.ts';
import { site } from './site.ts';

export type Article = CollectionEntry<'articles'>;

const fileOf = (id: string) => shown(path.join(contentDir, `${id}.mdx`));

const all = readingOrder(await getCollection('articles'), site.sections);
const [clash] = clashingOrders(all);
if (clash) {
  const [first, second] = clash;
  throw new ContentError(fileOf(second.id), [`field "order": ${second.data.order} is already used by ${fileOf(first.id)}`]);
}
for (const article of all) {
  const found = findForbidden(fs.readFileSync(path.join(contentDir, `${article.id}.mdx`), 'utf8'), site.forbidden);
  if (found.length > 0) {
    throw new ContentError(
      fileOf(article.id),
      found.map(({ line, text, reason }) => `line ${line}: "${text}" is not allowed (${reason}; rule in site.yaml "forbidden")`),
    );
  }
}

/** Every article of one language, in reading order. */
export function getArticles(lang: string): Article[] {
  return all.filter((article) => article.id.startsWith(`${lang}/`));
}

export function getSectionArticles(lang: string, section: string): Article[] {
  return getArticles(lang).filter((article) => article.data.section === section);
}

/** The newest `updated` date among a language's articles: the date the footer shows for the guide. */
export function lastUpdated(lang: string): string {
  return getArticles(lang).reduce((newest, a) => (a.data.updated > newest ? a.data.updated : newest), '');
}

export function articleLink(article: Article): LinkItem {
  return { href: articleHref(article.id), title: article.data.title, summary: article.data.summary };
}
