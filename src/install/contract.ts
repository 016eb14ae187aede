// What the install step writes and the pages and the offline save name: each language's web app
// manifest and the icons all of them share.

/** A language's manifest, inside its folder so its start page and scope are the language's own. */
export const manifestFile = (lang: string) => `${lang}/manifest.webmanifest`;

/** The icons made from icon.svg, as paths inside dist: Android needs 192 and 512 px, and one it may crop to a circle. */
export const ICONS = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
] as const;
