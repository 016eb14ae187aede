// A language's web app manifest: what a phone needs to put the guide on its home screen and open it
// like an app, at the language's home page. Addresses are relative to the manifest
// (/<lang>/manifest.webmanifest), so the app starts at and stays within its language's folder.
import type { SiteColours } from '../core/colours.ts';
import { ICONS } from './contract.ts';

export interface ManifestLanguage {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The site's title in this language (content/<lang>/site.yaml). */
  title: string;
  tagline: string;
}

/** Android shows at most about 12 characters under an icon; a longer title is cut at a word there. */
export const SHORT_NAME_MAX = 12;

export function shortName(title: string): string {
  if (title.length <= SHORT_NAME_MAX) return title;
  const words = title.split(/\s+/);
  let short = words[0]!;
  for (const word of words.slice(1)) {
    if (`${short} ${word}`.length > SHORT_NAME_MAX) break;
    short = `${short} ${word}`;
  }
  return short.slice(0, SHORT_NAME_MAX);
}

export function webManifest({ lang, dir, title, tagline }: ManifestLanguage, colours: SiteColours): object {
  return {
    id: './',
    name: title,
    short_name: shortName(title),
    description: tagline,
    lang,
    dir,
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: colours.header,
    background_color: colours.page,
    icons: ICONS.map(({ file, size, purpose }) => ({ src: `../${file}`, sizes: `${size}x${size}`, type: 'image/png', purpose })),
  };
}
