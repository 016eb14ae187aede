// Where a link in an article's text leads, in a given language's build. In a page shown in the
// source language because it is not translated yet, a link to a source-language page leads to the
// same page in the reader's language (every page exists in every language). A link to a directory
// entry this build leaves out (a local edition lists one country) leads to the published site.
import { getArticles } from './collection.ts';
import { site } from '../core/site.ts';
import { publicUrl } from '../core/placeholder-url.ts';
import { countryHref, organisationHref, readerLanguageHref } from '../core/hrefs.ts';
import { localDirectory } from '../directory/routes.ts';

interface LanguagePages {
  untranslated: Set<string>;
  directoryEntries: Set<string>;
}

const byLanguage = new Map<string, LanguagePages>();

function pagesOf(lang: string): LanguagePages {
  let found = byLanguage.get(lang);
  if (!found) {
    const directory = localDirectory(lang);
    found = {
      untranslated: new Set(getArticles(lang).filter((a) => a.fallback).map((a) => `/${a.id}/`)),
      directoryEntries: new Set([
        ...(directory?.organisations.map((org) => organisationHref(lang, org)) ?? []),
        ...[...(directory?.countries.keys() ?? [])].map((code) => countryHref(lang, code)),
      ]),
    };
    byLanguage.set(lang, found);
  }
  return found;
}

/** `page` is the article's own address: only an untranslated one has its links led to `lang`. */
export function articleLinkTarget(href: string, lang: string, page: string): string {
  const { untranslated, directoryEntries } = pagesOf(lang);
  const local = untranslated.has(page) ? readerLanguageHref(href, site.defaultLanguage, lang, (path) => untranslated.has(path)) : href;
  const entry = /^\/[^/]+\/directory\/[^/]+\/[^/]+\//.exec(local)?.[0];
  if (!entry || directoryEntries.has(entry)) return local;
  // An entry this edition leaves out: on the live site, or, with no real address, this edition's own directory.
  const siteUrl = publicUrl(site.url);
  return siteUrl ? new URL(local.slice(1), siteUrl).href : `/${lang}/directory/`;
}
