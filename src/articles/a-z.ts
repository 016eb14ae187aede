// The A–Z of one language: every article and every directory entry, by first letter. Short enough,
// it is one page (/<lang>/a-z/); longer, that page lists its parts, each as many whole letters as fit
// one page (/<lang>/a-z/<first letter>/, a long letter in parts of its own), so that every page stays
// within the page budget.
import { gzipSync } from 'node:zlib';
import { articleLink, getArticles } from './collection.ts';
import { azParts, byFirstLetter, evenParts, joinLetters, type AzPart, type LetterGroup } from './alphabet.ts';
import { PAGE_GZIP_MAX } from '../core/budgets.ts';
import type { LinkItem } from '../components/link-item.ts';
import { organisationLink } from '../directory/index.ts';
import { localDirectory } from '../directory/routes.ts';

export interface AzIndex {
  groups: LetterGroup<LinkItem>[];
  /** Empty when the whole list fits on /<lang>/a-z/. */
  parts: AzPart<LinkItem>[];
}

/**
 * What a page leaves its list, gzipped. The rest (inline CSS, header, footer, letters) takes about
 * 4.5 kB in English and more in Devanagari (three bytes a letter): a Hindi A–Z whose list was
 * measured at 8.8 kB made a page of 14.7 kB.
 */
const LIST_GZIP_MAX = PAGE_GZIP_MAX - 6 * 1024;

/** The list as LinkList writes it, gzipped: near enough to what it adds to a page. */
const listBytes = (items: LinkItem[]) => gzipSync(items.map((i) => `<li><a href="${i.href}">${i.title}</a><p>${i.summary}</p></li>`).join(''), { level: 9 }).length;

const cache = new Map<string, AzIndex>();

export function azIndex(lang: string): AzIndex {
  const known = cache.get(lang);
  if (known) return known;
  const items = [...getArticles(lang).map(articleLink), ...(localDirectory(lang)?.organisations ?? []).map((org) => organisationLink(org, lang))];
  const groups = byFirstLetter(items, lang);
  const fits = listBytes(items) <= LIST_GZIP_MAX;
  // A part compresses a little worse than its share of the whole letter: add parts until each fits.
  const partsFor = (entries: LinkItem[]) => {
    let wanted = Math.ceil(listBytes(entries) / LIST_GZIP_MAX);
    while (wanted < entries.length && evenParts(entries, wanted).some((part) => listBytes(part) > LIST_GZIP_MAX)) wanted++;
    return wanted;
  };
  const index = { groups, parts: fits ? [] : joinLetters(azParts(groups, partsFor), (entries) => listBytes(entries) <= LIST_GZIP_MAX) };
  cache.set(lang, index);
  return index;
}

