import fs from 'node:fs';
import path from 'node:path';
import { synonymsSchema, type Synonyms } from '../schemas/synonyms.ts';
import { normalise } from './instant.ts';
import { readYamlFile } from '../core/yaml.ts';

/** A language's synonym groups; a language without a synonyms.yaml has none. */
export function loadSynonyms(contentDir: string, lang: string): Synonyms {
  const file = path.join(contentDir, lang, 'synonyms.yaml');
  return fs.existsSync(file) ? readYamlFile(file, synonymsSchema) : [];
}

/** Reader phrase → the guide's words, normalised as the search normalises queries. */
export function synonymMap(groups: Synonyms): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { means, words } of groups) {
    for (const word of words) {
      const key = normalise(word);
      map[key] = map[key] ? `${map[key]} ${normalise(means)}` : normalise(means);
    }
  }
  return map;
}

/** The reader words to add to a page's full-text entry: those whose meaning the page contains. */
export function readerWordsFor(pageText: string, groups: Synonyms): string[] {
  const words = new Set(normalise(pageText).split(' '));
  return groups.filter(({ means }) => normalise(means).split(' ').every((w) => words.has(w))).flatMap((g) => g.words);
}
