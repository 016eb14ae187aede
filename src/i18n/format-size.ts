/** A size as a reader reads it, in their language: "582 kB", "1.4 MB". */
export function formatSize(bytes: number, lang: string): string {
  const mega = bytes >= 1e6;
  return new Intl.NumberFormat(lang, { style: 'unit', unit: mega ? 'megabyte' : 'kilobyte', maximumFractionDigits: mega ? 1 : 0 }).format(bytes / (mega ? 1e6 : 1e3));
}
