// Loads the screens (content/data/screens/<id>.yaml) and their words in each language
// (content/<lang>/data/screens/<id>.yaml). Every language must translate every text of a screen: a
// drawing's words are few, and a reader who cannot read them is the reader the drawing is for.
import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '../core/errors.ts';
import { SLUG } from '../core/hrefs.ts';
import { shown } from '../core/paths.ts';
import { readYamlFile } from '../core/yaml.ts';
import { sourceLanguage } from '../core/site-config.ts';
import type { Site } from '../schemas/site.ts';
import { screenSchema, screenTranslationSchema, type ScreenData } from './schema.ts';

/** The folder, under content/data/ and content/<lang>/data/, that holds screen files. */
export const SCREENS_FOLDER = 'screens';

export interface Screen extends ScreenData {
  id: string;
  file: string;
}

/** A screen as one language shows it: its label and each of its words in that language. */
export interface LocalScreen extends Screen {
  localLabel: string;
  /** Each drawn text (as the screen file writes it) with its meaning in this language. */
  meanings: Map<string, string>;
  status: 'source' | 'machine-assisted' | 'reviewed';
}

/** Each text of a screen a language must translate, with the field of the screen file it is in. */
export function textsOf(screen: ScreenData): { text: string; field: string }[] {
  const texts = [{ text: screen.label, field: 'label' }];
  screen.elements.forEach((element, i) => element.text && texts.push({ text: element.text, field: `elements.${i}.${element.kind}` }));
  return texts;
}

function attempt<T>(report: ((error: ContentError) => void) | undefined, load: () => T): T | undefined {
  try {
    return load();
  } catch (error) {
    if (!report || !(error instanceof ContentError)) throw error;
    report(error);
    return undefined;
  }
}

/**
 * Every screen, in grid order. `report`, when given, receives each failing file and loading goes on
 * without it (for `npm run check`); without it the first failure throws.
 */
export function loadScreens(contentDir: string, report?: (error: ContentError) => void): Screen[] {
  const dir = path.join(contentDir, 'data', SCREENS_FOLDER);
  if (!fs.existsSync(dir)) return [];
  const screens = fs
    .readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      const id = name.replace(/\.yaml$/, '');
      const screen = attempt(report, () => {
        if (!name.endsWith('.yaml') || !SLUG.test(id)) throw new ContentError(shown(file), ['a screen file is named <id>.yaml, with lower-case letters, digits and hyphens']);
        return { id, file: shown(file), ...readYamlFile(file, screenSchema) };
      });
      return screen ? [screen] : [];
    });
  return screens.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The screens as one language shows them; a missing, empty or left-over translation stops it, naming the file, the field and the language. */
export function languageScreens(contentDir: string, lang: string, site: Site, screens: Screen[], report?: (error: ContentError) => void): LocalScreen[] {
  if (lang === sourceLanguage(site).lang) {
    return screens.map((screen) => ({ ...screen, localLabel: screen.label, meanings: new Map(textsOf(screen).map(({ text }) => [text, text])), status: 'source' }));
  }
  const dir = path.join(contentDir, lang, 'data', SCREENS_FOLDER);
  // A file whose screen failed to load waits for it, unjudged: its screen's own problem is reported.
  const sourceDir = path.join(contentDir, 'data', SCREENS_FOLDER);
  const known = new Set(fs.existsSync(sourceDir) ? fs.readdirSync(sourceDir) : []);
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => !n.startsWith('.')) : []) {
    if (!known.has(name)) attempt(report, () => { throw new ContentError(shown(path.join(dir, name)), [`content/data/${SCREENS_FOLDER} has no ${name} to translate: name the file like the screen it translates`]); });
  }
  return screens.flatMap((screen) => {
    const file = path.join(dir, `${screen.id}.yaml`);
    const local = attempt(report, (): LocalScreen => {
      if (!fs.existsSync(file)) throw new ContentError(shown(file), [`file is missing: ${screen.file} needs its label and words in "${lang}"`]);
      const { status, text } = readYamlFile(file, screenTranslationSchema);
      const texts = textsOf(screen);
      const problems = texts
        .filter(({ text: source }) => text[source] === undefined)
        .map(({ text: source, field }) => `field "text": no "${lang}" for "${source}" (${screen.file} field "${field}") — add the line \`"${source}": <its meaning in ${lang}>\``);
      const wanted = new Set(texts.map((t) => t.text));
      for (const source of Object.keys(text)) if (!wanted.has(source)) problems.push(`field "text": "${source}" is not a text of ${screen.file} — remove it, or correct it to the screen's words`);
      if (problems.length) throw new ContentError(shown(file), problems);
      return { ...screen, localLabel: text[screen.label]!, meanings: new Map(texts.map((t) => [t.text, text[t.text]!])), status };
    });
    return local ? [local] : [];
  });
}
