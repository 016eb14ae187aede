// The pages an article may link to, known before the build: every language's home, A–Z and offline
// pages, section pages, articles (a language without a translation shows the source-language
// article at the same address), and the directory's pages. For an article page, also its ids.
import type { SiteConfig } from '../core/site-config.ts';
import { countryHref, organisationHref } from '../core/hrefs.ts';
import type { Directory } from '../directory/index.ts';
import { editDistance } from '../core/edit-distance.ts';

/** Ids every article page has besides its headings' (search box, main content, source list): tests/build/check-ids.test.ts keeps this true. */
export const ARTICLE_PAGE_IDS = ['q', 'main', 'page-sources'];

export interface SitePages {
  languages: string[];
  /** Page address → the ids on it (an article), or undefined when only the build knows them. */
  pages: Map<string, Set<string> | undefined>;
  /** Address prefixes whose pages are not known (the directory failed to load): links there are left to the build. */
  unknown: string[];
}

export interface ArticlePage {
  lang: string;
  /** "<section>/<slug>" */
  place: string;
  ids: string[];
}

export function sitePages(site: SiteConfig, articles: ArticlePage[], directory: Directory | undefined, directoryComplete: boolean): SitePages {
  const languages = site.languages.map((l) => l.code);
  const pages = new Map<string, Set<string> | undefined>([['/', undefined]]);
  const articleIds = (ids: string[]) => new Set([...ids, ...ARTICLE_PAGE_IDS]);
  const source = articles.filter((a) => a.lang === site.defaultLanguage);
  const unknown: string[] = [];
  for (const lang of languages) {
    for (const page of ['', 'a-z/', 'offline/']) pages.set(`/${lang}/${page}`, undefined);
    for (const section of site.sections) pages.set(`/${lang}/${section}/`, undefined);
    for (const a of source) pages.set(`/${lang}/${a.place}/`, articleIds(a.ids)); // the original, until a translation replaces it
    for (const a of articles.filter((a) => a.lang === lang)) pages.set(`/${lang}/${a.place}/`, articleIds(a.ids));
    if (site.directory) {
      if (!directoryComplete) unknown.push(`/${lang}/directory/`);
      pages.set(`/${lang}/directory/`, undefined);
      // Every entry as written, also those site.yaml `directory.countries` leaves out: the build leads
      // links to those to the published site.
      for (const [key, entry] of directory?.files ?? []) {
        const [kind, id] = key.split('/') as [string, string];
        if (kind === 'countries') pages.set(countryHref(lang, id), undefined);
        else pages.set(organisationHref(lang, { kind, id }), undefined);
        for (const code of 'countries' in entry ? entry.countries : []) pages.set(countryHref(lang, code), undefined);
      }
    }
  }
  return { languages, pages, unknown };
}

/**
 * What is wrong with a link from the page at `from` ("/en/basics/soil/"), worded as the build's link
 * check words it; undefined when it is fine or not one the check can judge (another site, a file
 * such as /print/…, an anchor on a page whose ids only the build knows).
 */
export function linkProblem(url: string, from: string, site: SitePages): { message: string; fix: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url === '') return undefined;
  let target: string;
  let anchor: string;
  try {
    const parsed = new URL(url, `http://site${from}`);
    target = decodeURIComponent(parsed.pathname);
    anchor = decodeURIComponent(parsed.hash.slice(1));
  } catch {
    return { message: `link "${url}": is not a valid address`, fix: 'write it as /<language>/<section>/<page>/' };
  }
  if (!site.languages.includes(target.split('/')[1] ?? '')) return undefined;
  if (site.unknown.some((prefix) => target.startsWith(prefix))) return undefined;
  const found = site.pages.has(target) ? target : site.pages.has(`${target}/`) ? `${target}/` : undefined;
  if (found === undefined) {
    const lang = target.split('/')[1];
    const near = closest(target.endsWith('/') ? target : `${target}/`, [...site.pages.keys()].filter((page) => page.startsWith(`/${lang}/`)));
    return {
      message: `link "${url}": no such page`,
      fix: near.length > 0 ? `did you mean ${near.slice(0, 3).join(' or ')}?` : 'link to a page that exists: /<language>/<section>/<page>/ for content/<language>/<section>/<page>.mdx',
    };
  }
  const ids = site.pages.get(found);
  if (!anchor || !ids || ids.has(anchor)) return undefined;
  const headings = [...ids].filter((id) => !ARTICLE_PAGE_IDS.includes(id));
  const near = closest(anchor, headings);
  return {
    message: `link "${url}": no element with id "${anchor}" on ${found}`,
    fix:
      near.length > 0
        ? `did you mean ${near.map((id) => `#${id}`).join(' or ')}?`
        : headings.length > 0
          ? `use the id of a heading on that page: ${headings.slice(0, 8).join(', ')}${headings.length > 8 ? ', …' : ''}`
          : 'that page has no headings to link to: link to the page without "#…"',
  };
}

/** The candidates nearest a mistyped name (a few letters apart, or the same last part of the path), at most three. */
function closest(wrong: string, candidates: string[]): string[] {
  const last = (s: string) => s.split('/').filter(Boolean).pop() ?? s;
  const scored = candidates
    .map((c) => ({ c, d: last(c) === last(wrong) ? 0 : editDistance(c, wrong) }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(wrong.length / 6)));
  const best = Math.min(...scored.map(({ d }) => d));
  return scored.filter(({ d }) => d === best).slice(0, 3).map(({ c }) => c);
}
