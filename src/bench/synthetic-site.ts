// A synthetic content folder of any size, for measuring the engine (src/bench/scale.ts). The text is
// made-up words from a seeded generator: the same arguments always write the same bytes, so sizes
// and timings compare from run to run. It is valid content: site.yaml, two languages (the second
// translates most articles; the rest fall back to the first), sections, articles of 300 to 600
// words with headings, lists, links to other generated pages, sources and keywords, and a small
// directory.
import fs from 'node:fs';
import path from 'node:path';

export interface SyntheticOptions {
  /** Article pages in total, both languages together (each language has every article). */
  pages: number;
  /** Seed of the generator: the same seed and size write the same files. */
  seed?: number;
  sections?: number;
}

export interface SyntheticReport {
  /** Articles written in the source language; the other language shows all of them too. */
  sourceArticles: number;
  translated: number;
  organisations: number;
  handouts: number;
  files: number;
  bytes: number;
}

/** mulberry32: a small, fast, seeded generator with good enough spread for text. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGUAGES = [
  { code: 'en', name: 'English', onsets: ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'st', 'tr', 'pl'], vowels: ['a', 'e', 'i', 'o', 'u', 'ea', 'oo'] },
  { code: 'fr', name: 'Français', onsets: ['b', 'c', 'd', 'f', 'g', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'ch', 'qu', 'pr'], vowels: ['a', 'e', 'i', 'o', 'u', 'é', 'è', 'ou', 'ai', 'eau'] },
] as const;
type Lang = (typeof LANGUAGES)[number]['code'];

/** A vocabulary of made-up words; sampled with a Zipf-like skew, as real text uses few words often. */
function vocabulary(random: () => number, onsets: readonly string[], vowels: readonly string[], size: number): string[] {
  const words = new Set<string>();
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  while (words.size < size) {
    const syllables = 1 + Math.floor(random() * random() * 4);
    let word = '';
    for (let s = 0; s < syllables; s++) word += pick(onsets) + pick(vowels);
    if (random() < 0.3) word += pick(['n', 'r', 's', 'l', 't']);
    if (word.length >= 2) words.add(word);
  }
  return [...words];
}

class Writer {
  readonly random: () => number;
  readonly words: string[];
  constructor(seed: number, lang: (typeof LANGUAGES)[number]) {
    this.random = prng(seed);
    this.words = vocabulary(this.random, lang.onsets, lang.vowels, 6000);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }
  /** A word, common ones far more often (rank ~ 1/u, capped by the vocabulary). */
  word(): string {
    const rank = Math.floor(Math.pow(this.words.length, this.random())) - 1;
    return this.words[rank]!;
  }
  phrase(n: number): string {
    return Array.from({ length: n }, () => this.word()).join(' ');
  }
  sentence(min = 6, max = 16): string {
    const text = this.phrase(this.int(min, max));
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  }
  title(min: number, max: number): string {
    const text = this.phrase(this.int(min, max));
    return `${text[0]!.toUpperCase()}${text.slice(1)}`;
  }
}

const countWords = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
const quote = (text: string) => JSON.stringify(text);
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const slugOf = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

interface Place {
  section: string;
  slug: string;
  order: number;
}

/** An article's body: about `target` words in paragraphs, ## and ### headings, lists and links. */
function body(w: Writer, lang: Lang, places: Place[], target: number): string {
  const parts: string[] = [];
  let words = 0;
  const link = () => {
    const to = w.pick(places);
    return `[${w.phrase(w.int(2, 4))}](/${lang}/${to.section}/${to.slug}/)`;
  };
  const paragraph = () => {
    const sentences = Array.from({ length: w.int(2, 5) }, () => w.sentence());
    if (w.random() < 0.5) sentences.splice(w.int(0, sentences.length), 0, `${w.title(2, 4)}: ${link()}.`);
    return sentences.join(' ');
  };
  parts.push(paragraph());
  while (words < target) {
    parts.push(`## ${w.title(2, 5)}`, paragraph());
    const kind = w.int(0, 2);
    if (kind === 0) parts.push(Array.from({ length: w.int(3, 6) }, (_, i) => `${i + 1}. ${w.sentence(4, 10)}`).join('\n'));
    else if (kind === 1) parts.push(Array.from({ length: w.int(3, 6) }, () => `- ${w.sentence(3, 8)}`).join('\n'));
    if (w.random() < 0.4) parts.push(`### ${w.title(2, 4)}`, paragraph());
    if (w.random() < 0.5) parts.push(`See also ${link()}.`);
    words = countWords(parts.join('\n'));
  }
  return parts.join('\n\n') + '\n';
}

function frontMatter(fields: Record<string, string | number | boolean | undefined>, sources: string[], keywords: string[], translation?: string): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) lines.push(`${key}: ${typeof value === 'string' ? quote(value) : value}`);
  lines.push('sources:', ...sources);
  lines.push(`keywords: [${keywords.map(quote).join(', ')}]`);
  if (translation) lines.push(translation);
  lines.push('---', '');
  return lines.join('\n');
}

const languageSiteYaml = (w: Writer, lang: Lang, sections: string[], first: Place) => `title: ${quote(w.title(2, 3))}
tagline: ${quote(w.title(4, 7))}
home:
  lead:
    - ${quote(w.sentence())}
    - ${quote(w.sentence())}
  actions:
    - label: ${quote(w.title(2, 4))}
      href: /${lang}/${first.section}/${first.slug}/
    - label: ${quote(w.title(2, 3))}
      href: /${lang}/directory/
sections:
${sections.map((s) => `  ${s}:\n    title: ${quote(w.title(1, 3))}\n    summary: ${quote(w.sentence(6, 12))}`).join('\n')}
directory:
  title: ${quote(w.title(1, 3))}
  summary: ${quote(w.sentence(6, 12))}
  kinds:
    offices:
      title: ${quote(w.title(1, 2))}
      summary: ${quote(w.sentence(5, 10))}
      next:
        - label: ${quote(w.title(2, 3))}
          href: /${lang}/${first.section}/${first.slug}/
    services:
      title: ${quote(w.title(1, 2))}
      summary: ${quote(w.sentence(5, 10))}
  attributes:
    kind:
      label: ${quote(w.title(1, 2))}
      values:
        walk-in: ${quote(w.title(1, 2))}
        remote: ${quote(w.title(1, 2))}
`;

const COUNTRIES = ['KE', 'UG', 'TZ', 'NG', 'GH'];

/** Writes a complete content folder into `dir` (which must be empty or missing). */
export function writeSyntheticSite(dir: string, options: SyntheticOptions): SyntheticReport {
  const seed = options.seed ?? 1;
  const sectionCount = options.sections ?? 10;
  const sourceArticles = Math.max(sectionCount, Math.ceil(options.pages / LANGUAGES.length));
  const writers = Object.fromEntries(LANGUAGES.map((l, i) => [l.code, new Writer(seed * 1000 + i, l)])) as Record<Lang, Writer>;
  const en = writers.en;
  let files = 0;
  let bytes = 0;
  const write = (file: string, text: string) => {
    const full = path.join(dir, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    files++;
    bytes += Buffer.byteLength(text);
  };

  const sections = Array.from({ length: sectionCount }, (_, i) => `part-${pad(i + 1, 2)}`);
  // Articles spread over the sections round-robin; a slug is title words and a number, so all differ.
  const places: Place[] = [];
  const counts = new Map<string, number>();
  for (let i = 0; i < sourceArticles; i++) {
    const section = sections[i % sectionCount]!;
    const order = (counts.get(section) ?? 0) + 1;
    counts.set(section, order);
    places.push({ section, order, slug: `${slugOf(en.phrase(en.int(1, 3)))}-${i + 1}` });
  }
  const organisations = Math.max(4, Math.round(sourceArticles / 50));
  const handouts = new Set(sections.map((s) => places.find((p) => p.section === s)!).map((p) => p.slug)); // one per section

  write(
    'site.yaml',
    `# Synthetic content written by src/bench/scale.ts (seed ${seed}, ${options.pages} pages): made-up words, for measuring the engine.
id: scale
url: https://scale.example/
defaultLanguage: en
languages:
${LANGUAGES.map((l) => `  - code: ${l.code}\n    name: ${l.name}`).join('\n')}
sections:
${sections.map((s) => `  - ${s}`).join('\n')}
directory:
  kinds: [offices, services]
  attributes:
    kind: [walk-in, remote]
forbidden:
  - pattern: '\\bzzforbiddenzz\\b'
    reason: a rule that synthetic text never breaks, so the check runs on every article
`,
  );

  let translated = 0;
  for (const lang of LANGUAGES.map((l) => l.code)) {
    const w = writers[lang];
    write(`${lang}/site.yaml`, languageSiteYaml(w, lang, sections, places[0]!));
    write(`${lang}/synonyms.yaml`, Array.from({ length: 20 }, () => `- means: ${quote(w.word())}\n  words: [${quote(w.word() + w.word())}, ${quote(w.word())}]\n`).join(''));
    places.forEach((place, i) => {
      // The second language translates nine articles in ten; the others fall back to the first.
      if (lang !== 'en' && i % 10 === 9) return;
      if (lang !== 'en') translated++;
      const day = `2026-${pad(1 + (i % 12), 2)}-${pad(1 + (i % 28), 2)}`;
      const sources = Array.from({ length: w.int(1, 3) }, (_, s) => `  - title: ${quote(w.title(2, 5))}\n    url: https://source.example/${lang}/${i + 1}/${s + 1}`);
      const keywords = Array.from({ length: w.int(2, 5) }, () => w.word());
      const head = frontMatter(
        {
          title: w.title(2, 6),
          summary: w.sentence(8, 18),
          section: place.section,
          order: place.order,
          updated: day,
          handout: handouts.has(place.slug) ? true : undefined,
        },
        sources,
        keywords,
        lang === 'en' ? undefined : `translation:\n  status: machine-assisted\n  follows: ${day}`,
      );
      write(`${lang}/${place.section}/${place.slug}.mdx`, head + '\n' + body(w, lang, places, w.int(300, 600)));
    });
  }

  for (let i = 0; i < organisations; i++) {
    const kind = i % 2 === 0 ? 'offices' : 'services';
    const countries = [COUNTRIES[i % COUNTRIES.length]!, ...(i % 3 === 0 ? [COUNTRIES[(i + 1) % COUNTRIES.length]!] : [])];
    const id = `${slugOf(en.phrase(en.int(1, 2)))}-${i + 1}`;
    const src = `https://source.example/org/${i + 1}`;
    write(
      `data/${kind}/${id}.yaml`,
      `name: ${quote(en.title(1, 3))}
aliases: [${quote(en.title(1, 2))}]
countries: [${countries.join(', ')}]
website: https://org${i + 1}.example/
summary: ${quote(en.sentence(6, 14))}
attributes:
  kind: [${i % 2 === 0 ? 'walk-in' : 'remote'}]
facts:
  - text: ${quote(en.sentence())}
    source: ${src}
channels:
  - purpose: contact
    type: email
    value: "help@org${i + 1}.example"
    source: ${src}
    checked: 2026-01-10
  - purpose: pay
    type: ussd
    value: "*${100 + i}#"
    country: ${countries[0]}
    source: ${src}
    checked: 2026-01-10
sources:
  - title: ${quote(en.title(2, 4))}
    url: ${src}
checked: 2026-01-10
`,
    );
  }
  return { sourceArticles, translated, organisations, handouts: handouts.size * LANGUAGES.length, files, bytes };
}
