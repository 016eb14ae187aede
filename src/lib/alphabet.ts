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
