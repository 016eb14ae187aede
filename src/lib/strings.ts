// Interface words per language, from src/i18n/<lang>.json. Topic words never live here.
import type en from '../i18n/en.json';

export type Strings = typeof en;

const files = import.meta.glob<Strings>('../i18n/*.json', { eager: true, import: 'default' });

export function strings(lang: string): Strings {
  const found = files[`../i18n/${lang}.json`];
  if (!found) throw new Error(`src/i18n/${lang}.json is missing: the engine has no interface words for "${lang}"`);
  return found;
}

export function formatDay(day: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** Puts values into an interface string: fill("{count} shown", { count: 3 }) → "3 shown". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
