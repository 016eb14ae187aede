// Pure ordering rules shared by every route: the guide is read section by section, article by article.

export interface OrderedEntry {
  id: string;
  data: { section: string; order: number; title: string };
}

/** Sorts articles into reading order: by section, then by their `order` within it. */
export function readingOrder<T extends OrderedEntry>(entries: T[], sections: string[]): T[] {
  return [...entries].sort(
    (a, b) =>
      sections.indexOf(a.data.section) - sections.indexOf(b.data.section) ||
      a.data.order - b.data.order ||
      a.id.localeCompare(b.id),
  );
}

/** Pairs of articles of one language that claim the same place in the same section. */
export function clashingOrders<T extends OrderedEntry>(entries: T[]): [T, T][] {
  const seen = new Map<string, T>();
  const clashes: [T, T][] = [];
  for (const entry of entries) {
    const place = `${entry.id.split('/')[0]}/${entry.data.section}/${entry.data.order}`;
    const first = seen.get(place);
    if (first) clashes.push([first, entry]);
    else seen.set(place, entry);
  }
  return clashes;
}

export function neighbours<T extends OrderedEntry>(ordered: T[], id: string): { previous?: T; next?: T } {
  const at = ordered.findIndex((entry) => entry.id === id);
  if (at < 0) return {};
  return { previous: ordered[at - 1], next: ordered[at + 1] };
}
