// The site's colours as its stylesheet sets them, for what is drawn outside a page: share previews,
// app icons, and the browser's own bars around an installed app.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const STYLESHEET = fileURLToPath(new URL('../styles/base.css', import.meta.url));

export interface SiteColours {
  /** The header's background: the app's theme colour and the previews' ground. */
  header: string;
  /** The header's text, written on `header`. */
  headerText: string;
  /** The page's background, shown while an installed app starts. */
  page: string;
}

/** The value of `property` in the first rule for exactly `selector` in `css`; names the rule when missing. */
export function cssValue(css: string, selector: string, property: string): string {
  const rule = new RegExp(`(?:^|\\})\\s*${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{([^}]*)\\}`).exec(css)?.[1];
  const value = rule && new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+?)\\s*(?:;|$)`).exec(rule)?.[1];
  if (!value) throw new Error(`${STYLESHEET}: no "${property}" in the "${selector}" rule, which the app's colours come from`);
  return value;
}

export function siteColours(css = fs.readFileSync(STYLESHEET, 'utf8')): SiteColours {
  return { header: cssValue(css, 'header', 'background'), headerText: cssValue(css, 'header', 'color'), page: cssValue(css, 'body', 'background') };
}
