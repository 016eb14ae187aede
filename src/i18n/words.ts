// Interface words: the engine's (src/i18n/<lang>.json) with a site's own on top
// (content/<lang>/strings.json). A language the engine does not know becomes a content task: its
// strings.json gives every word. Every language must give every key English has, or the build stops.
import fs from 'node:fs';
import path from 'node:path';
import type en from './en.json';
import { ContentError } from '../core/errors.ts';
import { shown } from '../core/paths.ts';

export type Strings = typeof en;
type Tree = { [key: string]: string | Tree };

/** Keys (as "a.b.c") the reference has and the candidate lacks, or has as the wrong kind. */
export function missingKeys(reference: Tree, candidate: Tree | undefined, prefix = ''): string[] {
  return Object.entries(reference).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    const other = candidate?.[key];
    if (typeof value === 'string') return typeof other === 'string' ? [] : [name];
    return typeof other === 'object' ? missingKeys(value, other, name) : [name];
  });
}

function merged(base: Tree | undefined, over: Tree | undefined): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(over ?? {})) {
    const under = out[key];
    out[key] = typeof value === 'object' && typeof under === 'object' ? merged(under, value) : value;
  }
  return out;
}

/** One language's words from the engine's files (by code) and the content folder. */
export function interfaceWords(engine: Record<string, unknown>, contentDir: string, lang: string): Strings {
  const siteFile = path.join(contentDir, lang, 'strings.json');
  const site = fs.existsSync(siteFile) ? (JSON.parse(fs.readFileSync(siteFile, 'utf8')) as Tree) : undefined;
  const words = merged(engine[lang] as Tree | undefined, site);
  const missing = missingKeys(engine.en as Tree, words);
  if (missing.length > 0) {
    const file = site || !engine[lang] ? shown(siteFile) : `src/i18n/${lang}.json`;
    throw new ContentError(file, [`interface words for "${lang}" lack ${missing.length} key(s): ${missing.join(', ')}`]);
  }
  return words as unknown as Strings;
}

/** The engine's own word files, read from disk (for build steps that run outside the page renderer). */
export function engineWordsFromDisk(): Record<string, unknown> {
  const dir = new URL('./', import.meta.url);
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(new URL(name, dir), 'utf8'))]),
  );
}

let engineOnDisk: Record<string, unknown> | undefined;

/** One language's words for the steps after the build and the commands: the engine's files read once. */
export function wordsFromDisk(contentDir: string, lang: string): Strings {
  engineOnDisk ??= engineWordsFromDisk();
  return interfaceWords(engineOnDisk, contentDir, lang);
}
