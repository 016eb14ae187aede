// Checks the site's data with the loaders the build uses: site.yaml and each language's site.yaml,
// interface words, synonyms, and the directory. Each failing file is reported and the rest still read.
import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '../core/errors.ts';
import { engineWordsFromDisk, interfaceWords } from '../i18n/words.ts';
import { shown } from '../core/paths.ts';
import { withLanguageSites, type SiteConfig } from '../core/site-config.ts';
import { readYamlFile } from '../core/yaml.ts';
import { siteSchema } from '../schemas/site.ts';
import { correctSections } from './sections.ts';
import { fromContentError, problem, type Problem } from './problem.ts';
import { loadDirectory, type Directory, languageDirectory } from '../directory/index.ts';
import { loadSynonyms } from '../search/index.ts';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { readText } from '../core/text-file.ts';
import { proseParityProblems } from './parity.ts';

export interface CheckedData {
  /** Undefined when content/site.yaml itself fails: nothing else can be checked. */
  site?: SiteConfig;
  directory?: Directory;
  /** False when a directory file failed: its pages are not all known. */
  directoryComplete: boolean;
  files: number;
}

/** Runs a loader; a ContentError becomes problems, anything else is the engine's own failure and is thrown. */
function attempt<T>(problems: Problem[], load: () => T): T | undefined {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...fromContentError(error));
    return undefined;
  }
}

/** Each translated text of a language's directory files against its source text (keys and values, with their lines). */
function directoryParity(dataDir: string): Problem[] {
  if (!fs.existsSync(dataDir)) return [];
  return fs
    .readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => {
      const file = path.join(dataDir, name);
      const lineCounter = new LineCounter();
      const text = parseDocument(readText(file), { lineCounter }).get('text', true);
      const pairs = isMap(text) ? text.items : [];
      return proseParityProblems(
        shown(file),
        pairs.flatMap((pair) =>
          isScalar(pair.key) && isScalar(pair.value) && pair.key.range
            ? [{ source: String(pair.key.value), translation: String(pair.value.value), line: lineCounter.linePos(pair.key.range[0]).line }]
            : [],
        ),
      );
    });
}

function yamlFilesUnder(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.yaml')).length;
}

export function checkData(contentDir: string, problems: Problem[]): CheckedData {
  const siteFile = attempt(problems, () => readYamlFile(path.join(contentDir, 'site.yaml'), siteSchema));
  const site = siteFile && withLanguageSites(contentDir, correctSections(contentDir, siteFile, problems), (error) => problems.push(...fromContentError(error)));
  if (!site) return { directoryComplete: false, files: 1 };
  let files = 1 + site.languages.length;

  const engine = engineWordsFromDisk();
  for (const { code } of site.languages) {
    const own = path.join(contentDir, code, 'strings.json');
    if (fs.existsSync(own)) files++;
    try {
      interfaceWords(engine, contentDir, code);
    } catch (error) {
      if (error instanceof SyntaxError) problems.push(problem(shown(own), { message: `is not valid JSON: ${error.message}`, fix: 'check the commas, quotes and braces near that place' }));
      else attempt(problems, () => { throw error; });
    }
    if (fs.existsSync(path.join(contentDir, code, 'synonyms.yaml'))) files++;
    attempt(problems, () => loadSynonyms(contentDir, code));
  }

  let directory: Directory | undefined;
  let directoryComplete = true;
  if (site.directory) {
    const config = site.directory;
    files += yamlFilesUnder(path.join(contentDir, 'data'));
    directory = attempt(problems, () =>
      loadDirectory(contentDir, config, (error) => {
        directoryComplete = false;
        problems.push(...fromContentError(error));
      }),
    );
    if (!directory) directoryComplete = false;
    for (const { code } of directory ? site.languages.filter((l) => l.code !== site.defaultLanguage) : []) {
      files += yamlFilesUnder(path.join(contentDir, code, 'data'));
      if (attempt(problems, () => languageDirectory(contentDir, code, site, directory!))) problems.push(...directoryParity(path.join(contentDir, code, 'data')));
    }
  }
  return { site, directory, directoryComplete, files };
}
