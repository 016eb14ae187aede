// The instant search tier: a small index of titles, headings, summaries and keywords per language,
// searched in plain JavaScript on every keystroke. No fetch, no WebAssembly, no modules: it runs in
// the browser from a classic script (also from a folder opened with file://) and in Node for tests.

/**
 * One page: [url, title, summary, keywords, headings, fullTextId]; arrays keep the shipped file small.
 * fullTextId is the page's id in Pagefind's index, so a full-text result needs no further download.
 */
export type InstantPage = [url: string, title: string, summary: string, keywords: string, headings: string, fullTextId: string];

export interface InstantIndex {
  pages: InstantPage[];
  /** Reader words → the words the guide uses: "sowing" → "planting seeds". Keys are normalised. */
  synonyms: Record<string, string>;
}

export interface InstantHit {
  url: string;
  title: string;
  summary: string;
  score: number;
}

/** Lower case, accents and punctuation gone: "Ann-Marie's Café" → "ann marie s cafe". */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Levenshtein distance of at most 1: one letter added, dropped or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

const FIELD_WEIGHTS = [10, 3, 8, 4]; // title, summary, keywords, headings

function tokenScore(token: string, words: string[], weight: number, isLast: boolean): number {
  let best = 0;
  for (const word of words) {
    if (word === token) return weight;
    if (word.startsWith(token) && (isLast || token.length >= 4)) best = Math.max(best, weight * 0.7);
    else if (token.length >= 5 && oneEditApart(word, token)) best = Math.max(best, weight * 0.5);
  }
  return best;
}

/**
 * The query as the guide would word it: each reader phrase found is replaced by the guide's words
 * ("green house" → "greenhouse", "weed killer" → "herbicide"). Undefined when no phrase matched.
 */
export function rewordQuery(query: string, synonyms: Record<string, string>): string | undefined {
  let text = ` ${normalise(query)} `;
  const phrases = Object.keys(synonyms)
    .filter((phrase) => text.includes(` ${phrase} `))
    .sort((a, b) => b.length - a.length); // "raised bed soil" before "bed soil"
  if (phrases.length === 0) return undefined;
  for (const phrase of phrases) text = text.replace(` ${phrase} `, ` ${synonyms[phrase]} `);
  return text.trim();
}

export function prepare(index: InstantIndex) {
  return index.pages.map(([url, title, summary, keywords, headings, fullTextId]) => ({
    url,
    title,
    summary,
    fullTextId,
    fields: [title, summary, keywords, headings].map((field) => normalise(field).split(' ')),
  }));
}

/** The guide's wording of a query counts a little less than the reader's own, so ties go to the reader. */
const REWORDED_WEIGHT = 0.9;

const tokensOf = (text: string) => text.split(' ').filter((t) => t.length > 1 || /\d/.test(t));

/**
 * The best pages for a query, best first. Each page is scored on the query as typed and as the guide
 * would word it, and keeps the better score; a word no page knows lowers a score but never empties it.
 */
export function instantSearch(prepared: ReturnType<typeof prepare>, synonyms: Record<string, string>, query: string, limit = 8): InstantHit[] {
  const typed = tokensOf(normalise(query));
  if (typed.length === 0) return [];
  const reworded = rewordQuery(query, synonyms);
  const readings: [string[], number][] = [[typed, 1], ...(reworded ? [[tokensOf(reworded), REWORDED_WEIGHT] as [string[], number]] : [])];
  const hits: InstantHit[] = [];
  for (const page of prepared) {
    let score = 0;
    for (const [tokens, weight] of readings) {
      const scores = tokens.map((token, i) => Math.max(...page.fields.map((words, f) => tokenScore(token, words, FIELD_WEIGHTS[f]!, i === tokens.length - 1))));
      const matched = scores.filter((s) => s > 0).length;
      score = Math.max(score, weight * scores.reduce((a, b) => a + b, 0) * (1 + matched / tokens.length));
    }
    if (score > 0) hits.push({ url: page.url, title: page.title, summary: page.summary, score });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
