// Does a translation say the same thing as its source? Words cannot be compared by a machine, but
// what a reader acts on can: every number (phone numbers, USSD codes, amounts, dates, percentages),
// every link target, and the page's shape (headings, list items, numbered steps, > blocks, tables).
// A translation that drops a step or changes a digit of a phone number stops the build.
import { headingsIn } from './headings.ts';
import { bodyLinks } from './body-links.ts';
import type { MdxSource } from './mdx-source.ts';
import { problem, type Problem } from './problem.ts';

interface Located {
  value: string;
  line: number;
  /** For a number: the whole figure it is part of, as written ("0800 720 000"). */
  shown?: string;
}

/** What a translation must keep of its source. */
export interface ArticleFacts {
  numbers: Located[];
  links: Located[];
  /** Each kind of block, with the line of each one. */
  shape: Map<ShapeKind, number[]>;
  /** Words in the body. */
  words: number;
}

type ShapeKind = 'level-2 headings (##)' | 'level-3 headings (###)' | 'level-4 headings (####)' | 'list items (-)' | 'numbered steps (1.)' | '> blocks (examples and warnings)' | 'table rows';
const SHAPE_KINDS: ShapeKind[] = ['level-2 headings (##)', 'level-3 headings (###)', 'level-4 headings (####)', 'list items (-)', 'numbered steps (1.)', '> blocks (examples and warnings)', 'table rows'];

/** A Unicode decimal digit's value: each script's digits are runs of ten code points, 0 first. */
function asciiDigit(char: string): string {
  const code = char.codePointAt(0)!;
  let start = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return String((code - start) % 10);
}

/**
 * A figure's digit groups, each as ASCII digits: "1,500" and "1.500" both give 1 and 500, "10–15"
 * and "10 hingga 15" both give 10 and 15, "2026-11-25" gives 2026, 11 and 25. Comparing groups, not
 * whole figures, lets each language write thousands, ranges and dates its own way.
 */
const FIGURE = /\p{Nd}+(?:[ .,:/\u00a0\u202f'’-]\p{Nd}+)*/gu;

/**
 * A time of day, "5:15 pm", "17:15", "17.15" or "17 h 15": compared on a 12-hour clock ("5:15"), since
 * each language writes it its own way (some say "evening 5:15" in words).
 */
const TIME = /(?<![\p{Nd}:.,])(\p{Nd}{1,2}) ?(?::|\.| ?h ?)(\p{Nd}{2})(?: ?([ap])\.? ?m\b\.?)?(?!\p{Nd})(?![:.,]\p{Nd})/giu;

const ascii = (digits: string) => [...digits].map(asciiDigit).join('');

export function numbersIn(text: string, line: number): Located[] {
  const times: Located[] = [];
  const rest = text.replace(TIME, (shown, hours: string, minutes: string) => {
    times.push({ value: `${Number(ascii(hours)) % 12 || 12}:${ascii(minutes)}`, line, shown });
    return ' '.repeat(shown.length);
  });
  return [...times, ...figuresIn(rest, line)];
}

function figuresIn(text: string, line: number): Located[] {
  return [...text.matchAll(FIGURE)].flatMap((figure) =>
    [...figure[0].matchAll(/\p{Nd}+/gu)].map((group) => ({ value: ascii(group[0]), line, shown: figure[0] })),
  );
}

/** Link targets and image sources, the ones that must not travel with the text, blanked. */
function withoutAddresses(line: string): string {
  return line
    .replace(/\]\([^)\n]*\)/g, ']')
    .replace(/\b(?:href|src|id)\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\})/g, '')
    .replace(/<(?:https?|mailto|tel):[^>\s]*>/g, '')
    .replace(/^ {0,3}\[[^\]\n]+\]:[ \t]*\S+/, '');
}

/**
 * A link as a translation must keep it: an address in the site with the language swapped for the
 * source's and without its #anchor (a translated page's headings have translated ids), or an outside
 * address as written.
 */
function linkTarget(url: string, lang: string, sourceLang: string): string {
  if (url.startsWith('#')) return 'a heading of this page (#…)';
  if (!url.startsWith('/')) return url;
  const path = url.split('#')[0]!;
  return path.startsWith(`/${lang}/`) ? `/${sourceLang}/${path.slice(lang.length + 2)}` : path;
}

const LIST_ITEM = /^(?: {0,3}> ?)*\s*[-*+][ \t]+\S/;
const STEP = /^(?: {0,3}> ?)*\s*\d{1,9}[.)][ \t]+\S/;
const QUOTE = /^ {0,3}>/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

export function articleFacts(source: MdxSource, lang: string, sourceLang: string, title?: { text: string; line?: number }[]): ArticleFacts {
  const lines = source.body.split('\n');
  const shape = new Map<ShapeKind, number[]>(SHAPE_KINDS.map((kind) => [kind, []]));
  for (const heading of headingsIn(source)) {
    const kind = SHAPE_KINDS.find((k) => k.startsWith(`level-${heading.depth} `));
    if (kind) shape.get(kind)!.push(heading.line);
  }
  const numbers: Located[] = (title ?? []).flatMap((field) => numbersIn(field.text, field.line ?? 1));
  lines.forEach((text, i) => {
    const line = i + 1;
    if (LIST_ITEM.test(text)) shape.get('list items (-)')!.push(line);
    if (STEP.test(text)) shape.get('numbered steps (1.)')!.push(line);
    if (QUOTE.test(text) && !QUOTE.test(lines[i - 1] ?? '')) shape.get('> blocks (examples and warnings)')!.push(line);
    if (TABLE_ROW.test(text) && !TABLE_DELIMITER.test(text)) shape.get('table rows')!.push(line);
    const words = withoutAddresses(text).replace(STEP, (marker) => marker.replace(/\d+[.)]/, ''));
    numbers.push(...numbersIn(words, line));
  });
  // Pictures may differ: a translation may show a picture with its own language's words in it.
  const links = bodyLinks(source)
    .filter((link) => !link.image)
    .map((link) => ({ value: linkTarget(link.url, lang, sourceLang), line: link.line }));
  const words = (withoutAddresses(source.body).match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).length;
  return { numbers, links, shape, words };
}

/** Items grouped by value, in order of first appearance. */
function byValue(items: Located[]): Map<string, Located[]> {
  const groups = new Map<string, Located[]>();
  for (const item of items) groups.set(item.value, [...(groups.get(item.value) ?? []), item]);
  return groups;
}

const figure = (item: Located) => (item.shown && item.shown !== item.value ? `${item.value} (in "${item.shown}")` : item.value);
const lines = (items: Located[]) => {
  const numbers = [...new Set(items.map((i) => i.line))];
  return `line${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}`;
};
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/**
 * What a translation lacks and adds, value by value: each of the source's values as often as the
 * source has it (a translation may repeat one, as when it quotes the screen's English words and then
 * translates them), and none the source lacks.
 */
function compare(mine: Located[], theirs: Located[]) {
  const own = byValue(mine);
  const fewer = [...byValue(theirs)].map(([value, found]) => ({ found, here: own.get(value) ?? [] })).filter(({ found, here }) => here.length < found.length);
  const added = [...own].filter(([value]) => !theirs.some((item) => item.value === value)).map(([, found]) => found);
  return { fewer, added };
}

/** Numbers or links compared, each difference told with its lines, in `name`'s words. */
function differences(file: string, mine: Located[], sourceFile: string, theirs: Located[], name: (item: Located) => string, fix: { fewer: string; added: string }): Problem[] {
  const { fewer, added } = compare(mine, theirs);
  return [
    ...fewer.map(({ found, here }) =>
      problem(file, {
        line: here[0]?.line,
        message: `${name(found[0]!)} is ${times(found.length)} in ${sourceFile} (${lines(found)}), ${here.length ? `${times(here.length)} here (${lines(here)})` : 'not here'}`,
        fix: fix.fewer,
      }),
    ),
    ...added.map((found) => problem(file, { line: found[0]!.line, message: `${name(found[0]!)} is not in ${sourceFile}`, fix: fix.added })),
  ];
}

/**
 * The differences between a translation (`file`) and its source (`sourceFile`), each naming lines of
 * both. `regrouped`: the translation says why its level-2 headings group differently (a glossary
 * sorted in its own alphabet), so their count is not compared.
 */
export function parityProblems(file: string, facts: ArticleFacts, sourceFile: string, source: ArticleFacts, regrouped = false): Problem[] {
  const problems = [
    ...differences(file, facts.numbers, sourceFile, source.numbers, (item) => `the number ${figure(item)}`, {
      fewer: 'write every number, phone number and code as the source does, in digits',
      added: 'write only the numbers the source has, in the same digits',
    }),
    ...differences(file, facts.links, sourceFile, source.links, (item) => `the link to ${item.value}`, {
      fewer: 'keep every link of the source, to the same page in this language',
      added: 'link only where the source links, to the same page in this language',
    }),
  ];
  for (const kind of SHAPE_KINDS) {
    if (regrouped && kind === 'level-2 headings (##)') continue;
    const mine = facts.shape.get(kind)!;
    const theirs = source.shape.get(kind)!;
    if (mine.length === theirs.length) continue;
    const at = (lines: number[]) => (lines.length ? ` (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')})` : '');
    problems.push(
      problem(file, {
        line: mine[0],
        message: `${kind}: ${mine.length} here${at(mine)}, ${theirs.length} in ${sourceFile}${at(theirs)}`,
        fix: "keep the source's headings, lists, steps, > blocks and tables, one for one",
      }),
    );
  }
  return problems;
}

/** A directory translation's texts: each source text's numbers against its translation's. */
export function proseParityProblems(file: string, texts: { source: string; translation: string; line: number }[]): Problem[] {
  return texts.flatMap(({ source, translation, line }) => {
    const { fewer, added: extra } = compare(numbersIn(translation, line), numbersIn(source, line));
    const missing = fewer.map(({ found }) => found[0]!);
    const added = extra.map((found) => found[0]!);
    if (missing.length === 0 && added.length === 0) return [];
    const list = (items: Located[]) => items.map(figure).join(', ');
    const what = [missing.length ? `lacks ${list(missing)} of the source text` : '', added.length ? `has ${list(added)}, which the source text has not` : ''].filter(Boolean).join(' and ');
    return [problem(file, { line, message: `the translation ${what}`, fix: 'write every number and code as the source text does, in digits' })];
  });
}
