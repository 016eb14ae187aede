// Interface words per language, as pages use them (see interface-words.ts). Topic words never live here.
import { interfaceWords, type Strings } from './words.ts';

export { fill } from './fill.ts';
import { contentDir } from '../core/paths.ts';

export type { Strings };

const engine = Object.fromEntries(
  Object.entries(import.meta.glob<Strings>('./*.json', { eager: true, import: 'default' })).map(([file, words]) => [
    file.replace(/^.*\/|\.json$/g, ''),
    words,
  ]),
);
const loaded = new Map<string, Strings>();

export function strings(lang: string): Strings {
  if (!loaded.has(lang)) loaded.set(lang, interfaceWords(engine, contentDir, lang));
  return loaded.get(lang)!;
}

export function formatDay(day: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
