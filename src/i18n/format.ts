// Words, sizes and dates as a reader reads them in their language: for pages, build steps and the
// browser scripts alike (nothing here needs Node).

/** Puts values into an interface string: fill("{count} shown", { count: 3 }) → "3 shown". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** A size as a reader reads it, in their language: "582 kB", "1.4 MB". */
export function formatSize(bytes: number, lang: string): string {
  const mega = bytes >= 1e6;
  return new Intl.NumberFormat(lang, { style: 'unit', unit: mega ? 'megabyte' : 'kilobyte', maximumFractionDigits: mega ? 1 : 0 }).format(bytes / (mega ? 1e6 : 1e3));
}

/** A day (YYYY-MM-DD) as a reader reads it, in their language: "3 March 2027". */
export function formatDay(day: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
