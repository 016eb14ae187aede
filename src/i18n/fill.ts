// Interface strings with placeholders, for pages, build steps and the browser scripts alike.
/** Puts values into an interface string: fill("{count} shown", { count: 3 }) → "3 shown". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
