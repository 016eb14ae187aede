// Groups named things under their first letter, in the reader's language's alphabetical order.

export interface LetterGroup<T> {
  letter: string;
  entries: T[];
}

export function byFirstLetter<T extends { title: string }>(entries: T[], locale: string): LetterGroup<T>[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const sorted = [...entries].sort((a, b) => collator.compare(a.title, b.title));
  const groups: LetterGroup<T>[] = [];
  for (const entry of sorted) {
    const letter = entry.title.charAt(0).toLocaleUpperCase(locale);
    const last = groups.at(-1);
    if (last && collator.compare(last.letter, letter) === 0) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
}

/** One page of a split A–Z: a letter, or part of one when the letter alone is too long for a page. */
export interface AzPart<T> {
  /** Its address under /<lang>/a-z/: "b", "b-2", or "u915" for a letter outside a–z. */
  slug: string;
  letter: string;
  /** "B", or "B 2/3" for the second of three parts. */
  label: string;
  entries: T[];
}

/** A letter as an address: "É" → "e"; a letter outside a–z and 0–9 by its code point, "क" → "u915". */
function letterSlug(letter: string): string {
  const plain = letter.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return /^[a-z0-9]$/.test(plain) ? plain : `u${[...letter].map((c) => c.codePointAt(0)!.toString(16)).join('-')}`;
}

/** Entries in `wanted` consecutive parts of equal length (the last may be shorter; none empty). */
export function evenParts<T>(entries: T[], wanted: number): T[][] {
  const size = Math.ceil(entries.length / Math.max(1, Math.min(entries.length, wanted)));
  return Array.from({ length: Math.ceil(entries.length / size) }, (_, i) => entries.slice(i * size, (i + 1) * size));
}

/** The A–Z as pages: one per letter, a letter in as many equal parts as `partsFor` says it needs. */
export function azParts<T>(groups: LetterGroup<T>[], partsFor: (entries: T[]) => number): AzPart<T>[] {
  const parts: AzPart<T>[] = [];
  const used = new Set<string>();
  for (const { letter, entries } of groups) {
    let base = letterSlug(letter);
    while (used.has(base)) base += '-x'; // two letters the locale tells apart but their plain forms do not
    used.add(base);
    const split = evenParts(entries, partsFor(entries));
    split.forEach((part, i) => {
      parts.push({ slug: i === 0 ? base : `${base}-${i + 1}`, letter, label: split.length === 1 ? letter : `${letter} ${i + 1}/${split.length}`, entries: part });
    });
  }
  return parts;
}

/**
 * Whole letters that fit one page together, joined: a list just over one page becomes two or three
 * pages ("A–K", "L–Z"), not one a letter, each of which would carry the page's whole frame.
 * Parts of a split letter stay as they are.
 */
export function joinLetters<T>(parts: AzPart<T>[], fits: (entries: T[]) => boolean): AzPart<T>[] {
  const joined: AzPart<T>[] = [];
  let run: AzPart<T>[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const [first, last] = [run[0]!, run.at(-1)!];
    const label = run.length === 1 ? first.label : `${first.letter}–${last.letter}`;
    joined.push({ slug: first.slug, letter: label, label, entries: run.flatMap((p) => p.entries) });
    run = [];
  };
  for (const part of parts) {
    const whole = part.label === part.letter;
    if (whole && fits([...run.flatMap((p) => p.entries), ...part.entries])) {
      run.push(part);
      continue;
    }
    flush();
    if (whole) run.push(part);
    else joined.push(part);
  }
  flush();
  return joined;
}
