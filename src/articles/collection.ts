// The one way routes read articles: pages never glob files themselves. Every language has every
// article of the source language: its translation, or the original with a notice (a fallback).
import { getCollection, type CollectionEntry } from 'astro:content';
import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '../core/errors.ts';
import { findForbidden } from './forbidden.ts';
import { contentDir, shown } from '../core/paths.ts';
import { clashingOrders, readingOrder } from './reading-order.ts';
import type { LinkItem } from '../components/link-item.ts';
import { site } from '../core/site.ts';
import { articleHref } from '../core/hrefs.ts';

export type Article = CollectionEntry<'articles'>;

/** An article as one language has it. */
export interface LocalArticle {
  /** "<lang>/<section>/<slug>": its address in this language. */
  id: string;
  data: Article['data'];
  /** What is rendered: the translation, or the source-language original. */
  entry: Article;
  /** True when the language has no translation and shows the original with a notice. */
  fallback: boolean;
}

const fileOf = (id: string) => shown(path.join(contentDir, `${id}.mdx`));
const place = (id: string) => id.split('/').slice(1).join('/'); // "<section>/<slug>"

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

const source = new Map(all.filter((a) => a.id.startsWith(`${site.defaultLanguage}/`)).map((a) => [place(a.id), a]));

/** Translations made from an older version of their source article than the current one. */
export const staleTranslations = all.flatMap((article) => {
  const original = source.get(place(article.id));
  const { follows } = article.data.translation;
  return original && original !== article && follows && follows < original.data.updated
    ? [{ file: fileOf(article.id), follows, sourceUpdated: original.data.updated }]
    : [];
});
if (staleTranslations.length > 0) {
  console.warn(
    `Translations older than their source (${staleTranslations.length}):\n` +
      staleTranslations.map((s) => `  ${s.file}: field "translation.follows" is ${s.follows}, the source was updated ${s.sourceUpdated}`).join('\n'),
  );
}

const byLanguage = new Map(
  site.languages.map(({ code }) => {
    const own = all.filter((a) => a.id.startsWith(`${code}/`));
    const translated = new Set(own.map((a) => place(a.id)));
    const missing = code === site.defaultLanguage ? [] : [...source.values()].filter((a) => !translated.has(place(a.id)));
    const local: LocalArticle[] = [
      ...own.map((entry) => ({ id: entry.id, data: entry.data, entry, fallback: false })),
      ...missing.map((entry) => ({ id: `${code}/${place(entry.id)}`, data: entry.data, entry, fallback: true })),
    ];
    return [code, readingOrder(local, site.sections)];
  }),
);

/** Every article of one language, in reading order, fallbacks included. */
export function getArticles(lang: string): LocalArticle[] {
  return byLanguage.get(lang) ?? [];
}

export function getSectionArticles(lang: string, section: string): LocalArticle[] {
  return getArticles(lang).filter((article) => article.data.section === section);
}

/**
 * How many articles a section's page lists, each with its summary, within the page budget. A longer
 * section lists the rest on /<lang>/<section>/page/2/ and on.
 */
export const SECTION_PAGE_ENTRIES = 100;

/** A section's articles as its pages list them: the first part on the section page, one part a page after it. */
export function sectionParts(lang: string, section: string): LocalArticle[][] {
  const articles = getSectionArticles(lang, section);
  const parts: LocalArticle[][] = [];
  for (let i = 0; i < articles.length; i += SECTION_PAGE_ENTRIES) parts.push(articles.slice(i, i + SECTION_PAGE_ENTRIES));
  return parts.length > 0 ? parts : [[]];
}

/** The newest `updated` date among a language's articles: the date the footer shows for the guide. */
export function lastUpdated(lang: string): string {
  return newest.get(lang) ?? '';
}
// Every page's footer asks: worked out once per language, not once per page.
const newest = new Map(site.languages.map(({ code }) => [code, getArticles(code).reduce((day, a) => (a.data.updated > day ? a.data.updated : day), '')]));

export function articleLink(article: LocalArticle): LinkItem {
  return { href: articleHref(article.id), title: article.data.title, summary: article.data.summary };
}
