// Interface words per language, as pages use them (see words.ts). Topic words never live here.
import { interfaceWords, type Strings } from './words.ts';

export { fill, formatDay } from './format.ts';
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
