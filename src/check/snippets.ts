// What a search engine shows of a page: its title and its summary (the meta description). Warnings,
// not problems (the build goes on): a title over 65 characters is cut in results, a summary over 160
// is cut too, and two pages of a language with one summary look alike there.
import path from 'node:path';
import { shown } from '../core/paths.ts';
import type { SiteConfig } from '../core/site-config.ts';
import type { CheckedArticle } from './article.ts';
import { problem, type Problem } from './problem.ts';

export const TITLE_MAX = 65;
export const SUMMARY_MAX = 160;

interface Snippet {
  lang: string;
  file: string;
  line?: number;
  /** The field as the file names it: "title", or "sections.start.summary" in a site.yaml. */
  field: string;
  kind: 'title' | 'summary';
  text: string;
}

/** The titles and summaries of a site's articles and of its languages' site.yaml (home, sections, directory). */
function snippets(articles: CheckedArticle[], site: SiteConfig, contentDir: string): Snippet[] {
  const found: Snippet[] = [];
  for (const article of articles) {
    if (!article.data || !article.place) continue;
    for (const kind of ['title', 'summary'] as const) {
      found.push({ lang: article.place.lang, file: article.file, line: article.fieldLines.get(kind), field: kind, kind, text: article.data[kind] });
    }
  }
  for (const [lang, words] of Object.entries(site.languageSites)) {
    const file = shown(path.join(contentDir, lang, 'site.yaml'));
    const add = (field: string, kind: Snippet['kind'], text: string) => found.push({ lang, file, field, kind, text });
    add('title', 'title', words.title);
    add('tagline', 'summary', words.tagline);
    for (const [section, { title, summary }] of Object.entries(words.sections)) {
      add(`sections.${section}.title`, 'title', title);
      add(`sections.${section}.summary`, 'summary', summary);
    }
    if (words.directory) {
      add('directory.title', 'title', words.directory.title);
      add('directory.summary', 'summary', words.directory.summary);
    }
  }
  return found;
}

export function snippetWarnings(articles: CheckedArticle[], site: SiteConfig, contentDir: string): Problem[] {
  const all = snippets(articles, site, contentDir);
  const warnings: Problem[] = [];
  const warn = (s: Snippet, message: string, fix: string) => warnings.push(problem(s.file, { line: s.line, field: s.field, message, fix }));
  for (const s of all) {
    const length = [...s.text].length;
    if (s.kind === 'title' && length > TITLE_MAX) warn(s, `${length} characters: search results cut a title after about ${TITLE_MAX}`, 'keep the question in the reader\'s words, in fewer of them');
    if (s.kind === 'summary' && length > SUMMARY_MAX) warn(s, `${length} characters: search results cut a summary after about ${SUMMARY_MAX}`, 'say what the page answers in one shorter sentence');
    if (s.kind === 'summary') {
      const same = all.filter((o) => o !== s && o.kind === 'summary' && o.lang === s.lang && o.text.trim() === s.text.trim());
      if (same.length > 0) {
        warn(s, `the same summary as ${same.map((o) => `${o.file} (${o.field})`).join(', ')}: search results would show two pages alike`, 'say what this page answers that the other does not');
      }
    }
  }
  return warnings;
}
