// Finds links inside a built site that lead nowhere: a missing page or a missing #anchor.
import { decodeEntities } from '../core/html.ts';

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;


/** Links an HTML page makes, as written. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(ATTRIBUTE)].map((m) => decodeEntities(m[1]!));
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1]!)));
}

/**
 * Checks every internal link of every page against the built files.
 * `files` maps each built file's site path ("/en/a/", "/404.html", "/x.css") to its HTML, or to null
 * for files that are not HTML.
 */
export function findBrokenLinks(files: Map<string, string | null>): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (target: string) => {
    if (!ids.has(target)) ids.set(target, idsIn(files.get(target) ?? ''));
    return ids.get(target)!;
  };
  for (const [page, html] of files) {
    if (html === null) continue;
    for (const link of linksIn(html)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) continue; // another scheme: not ours to resolve
      const url = new URL(link, `http://site${page}`);
      const target = decodeURIComponent(url.pathname);
      const found = files.has(target) ? target : files.has(`${target}/`) ? `${target}/` : undefined;
      if (found === undefined) {
        broken.push({ page, link, reason: 'no such page' });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !idsOf(found).has(anchor)) {
        broken.push({ page, link, reason: `no element with id "${anchor}" on ${found}` });
      }
    }
  }
  return broken;
}

/** Every link to another site, with the pages that make it. */
export function externalLinks(files: Map<string, string | null>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [page, html] of files) {
    if (html === null) continue;
    for (const link of linksIn(html)) {
      if (!/^https?:\/\//.test(link)) continue;
      const pages = found.get(link) ?? [];
      if (!pages.includes(page)) pages.push(page);
      found.set(link, pages);
    }
  }
  return new Map([...found].sort(([a], [b]) => a.localeCompare(b)));
}

