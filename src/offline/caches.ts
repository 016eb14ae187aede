// The service worker's caches: how they are named (by the build's version, so two versions never
// share one) and which of them count. A language's save counts only once complete, and a reader is
// served one version's save of a language whole, never a mix.

declare const __VERSION__: string;

const PREFIX = 'site-';
export const own = (part: string) => `${PREFIX}${__VERSION__}-${part}`;
/** A language's save: "site-<version>-saved-<lang>~<time>". A new save is written beside the old one. */
export const SAVED = /^site-([^-]+)-saved-(.+)~\d+$/;
/** A saved language's cache holds this entry once every file is in: { day, groups } as JSON. */
export const COMPLETE = '/__complete__';

export const versionOf = (name: string) => name.slice(PREFIX.length).split('-')[0];
export async function siteCaches() {
  return (await caches.keys()).filter((name) => name.startsWith(PREFIX));
}

export interface SaveRecord {
  day: string;
  groups: string[];
}
export async function record(cacheName: string): Promise<SaveRecord | undefined> {
  const complete = await (await caches.open(cacheName)).match(COMPLETE);
  return complete ? ((await complete.json()) as SaveRecord) : undefined;
}

/**
 * Complete saves, newest first: [cache name, version, language]. An interrupted one is never among
 * them. Asked at every request the worker serves: it looks for the mark, and reads none.
 */
export async function completeSaves(): Promise<[name: string, version: string, lang: string][]> {
  const found: [string, string, string][] = [];
  for (const name of (await siteCaches()).reverse()) {
    const match = SAVED.exec(name);
    if (match && (await (await caches.open(name)).match(COMPLETE))) found.push([name, match[1]!, match[2]!]);
  }
  return found;
}

/**
 * Where to look, in order: this version's caches, then older versions' (kept until this version's
 * copies are complete). Of the saves, only complete ones, and for each language only one version's:
 * this one's if complete, else the old one whole.
 */
export async function lookupOrder() {
  const names = await siteCaches();
  const saves = await completeSaves();
  const current = new Set(saves.filter(([, version]) => version === __VERSION__).map(([, , lang]) => lang));
  const usable = saves.filter(([, version, lang]) => version === __VERSION__ || !current.has(lang)).map(([name]) => name);
  const others = names.filter((n) => !SAVED.test(n));
  const mine = (n: string) => versionOf(n) === __VERSION__;
  return [...usable.filter(mine), ...others.filter(mine), ...usable.filter((n) => !mine(n)), ...others.filter((n) => !mine(n))];
}
