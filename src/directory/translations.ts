// The directory's prose in other languages. content/<lang>/data/<kind>/<id>.yaml (and
// countries/<CC>.yaml) pairs each text of the source file with its translation. Only prose is
// translated: a summary, facts, and a channel's note, hours and warning. Names, numbers and
// addresses stay as the source writes them. A text with no translation is shown in the source
// language, marked as such; a translated text the source no longer has is stale.
import fs from 'node:fs';
import path from 'node:path';
import { z } from '../schemas/zod.ts';
import type { CountryData } from '../schemas/organisation.ts';
import type { Directory, Organisation } from './load.ts';
import { sourceLanguage, type TextLanguage } from '../core/site-config.ts';
import type { Site } from '../schemas/site.ts';
import { ContentError } from '../core/errors.ts';
import { shown } from '../core/paths.ts';
import { readYamlFile } from '../core/yaml.ts';
import { SCREENS_FOLDER } from '../screens/index.ts';

export const proseTranslationSchema = z
  .object({
    status: z.enum(['machine-assisted', 'reviewed']),
    text: z.record(z.string(), z.string().trim().min(1, 'is empty: write the translation, or remove the line to show the source text')),
  })
  .strict();

type Prose = Pick<Organisation, 'summary' | 'facts' | 'channels'> | CountryData;

/** Every text of an entry a reader reads as sentences, in page order. */
export function proseOf(entry: Prose): string[] {
  const texts = [...('summary' in entry ? [entry.summary] : []), ...entry.facts.map((f) => f.text)];
  for (const c of 'channels' in entry ? entry.channels : []) texts.push(...[c.note, c.hours, c.warning].filter((t) => t !== undefined));
  return [...new Set(texts)];
}

/** An entry as one language shows it; `untranslated` holds the texts still in the source language. */
export type Localised<T> = T & { untranslated: Set<string>; source: TextLanguage };

/** `lang` and `dir` for a shown text still in the source language; none for a translated one. */
export function sourceLanguageOf(entry: object, text: string | undefined): Partial<TextLanguage> {
  const localised = 'untranslated' in entry ? (entry as Localised<unknown>) : undefined;
  return text !== undefined && localised?.untranslated.has(text) ? localised.source : {};
}

export interface DirectoryTranslation {
  file: string;
  status: 'machine-assisted' | 'reviewed';
  text: Map<string, string>;
}

export interface LanguageDirectory {
  organisations: Localised<Organisation>[];
  countries: Map<string, Localised<CountryData>>;
  /** Translated texts whose source text has changed or gone: shown no more until translated again. */
  stale: { file: string; text: string }[];
  /** How many texts are shown in the source language. */
  untranslated: number;
}

/** Looks up each text; one not translated stays in the source language and is noted. */
function translator(translation: DirectoryTranslation | undefined) {
  const untranslated = new Set<string>();
  const tr = <S extends string | undefined>(text: S): S => {
    if (text === undefined) return text;
    const found = translation?.text.get(text);
    if (found === undefined) untranslated.add(text);
    return (found ?? text) as S;
  };
  return { tr, untranslated };
}

function translateOrganisation(org: Organisation, translation: DirectoryTranslation | undefined, source: TextLanguage): Localised<Organisation> {
  const { tr, untranslated } = translator(translation);
  return {
    ...org,
    summary: tr(org.summary),
    facts: org.facts.map((f) => ({ ...f, text: tr(f.text) })),
    channels: org.channels.map(({ note, hours, warning, ...c }) => ({
      ...c,
      ...(note && { note: tr(note) }),
      ...(hours && { hours: tr(hours) }),
      ...(warning && { warning: tr(warning) }),
    })),
    untranslated,
    source,
  };
}

function translateCountry(data: CountryData, translation: DirectoryTranslation | undefined, source: TextLanguage): Localised<CountryData> {
  const { tr, untranslated } = translator(translation);
  return { ...data, facts: data.facts.map((f) => ({ ...f, text: tr(f.text) })), untranslated, source };
}

/** Reads content/<lang>/data/: every file must belong to an entry of content/data/. */
function readTranslations(contentDir: string, lang: string, directory: Directory): Map<string, DirectoryTranslation> {
  const dataDir = path.join(contentDir, lang, 'data');
  const found = new Map<string, DirectoryTranslation>();
  if (!fs.existsSync(dataDir)) return found;
  for (const file of fs.readdirSync(dataDir, { recursive: true, withFileTypes: true })) {
    if (!file.isFile() || file.name.startsWith('.')) continue;
    const full = path.join(file.parentPath, file.name);
    const key = path.relative(dataDir, full).split(path.sep).join('/').replace(/\.yaml$/, '');
    if (key.startsWith(`${SCREENS_FOLDER}/`)) continue; // the screens' words, read by src/screens/
    if (directory.failed.has(key)) continue; // its entry's own problem is reported; this file waits for it
    if (!file.name.endsWith('.yaml') || !directory.files.has(key)) {
      throw new ContentError(shown(full), [`content/data has no ${key}.yaml to translate: name the file like the entry it translates, as <kind>/<id>.yaml or countries/<CC>.yaml`]);
    }
    const { status, text } = readYamlFile(full, proseTranslationSchema);
    found.set(key, { file: shown(full), status, text: new Map(Object.entries(text)) });
  }
  return found;
}

/** The directory in one language: the source language as it is, others with their translations. */
export function languageDirectory(contentDir: string, lang: string, site: Site, directory: Directory): LanguageDirectory {
  const source = sourceLanguage(site);
  const translations = lang === source.lang ? undefined : readTranslations(contentDir, lang, directory);
  const stale: LanguageDirectory['stale'] = [];
  const translationOf = (key: string, entry: Prose) => {
    const translation = translations?.get(key);
    const current = new Set(proseOf(directory.files.get(key) ?? entry)); // the file as written, all countries
    for (const text of translation?.text.keys() ?? []) if (!current.has(text)) stale.push({ file: translation!.file, text });
    return translation;
  };
  const organisations = directory.organisations.map((org) =>
    translations ? translateOrganisation(org, translationOf(`${org.kind}/${org.id}`, org), source) : { ...org, untranslated: new Set<string>(), source },
  );
  const countries = new Map(
    [...directory.countries].map(([code, data]) => [
      code,
      translations ? translateCountry(data, translationOf(`countries/${code}`, data), source) : { ...data, untranslated: new Set<string>(), source },
    ]),
  );
  const untranslated = [...organisations, ...countries.values()].reduce((sum, entry) => sum + entry.untranslated.size, 0);
  return { organisations, countries, stale, untranslated };
}
