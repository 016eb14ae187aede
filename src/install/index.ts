// Installing the guide as an app: each language's web app manifest and the icons (the manifest link
// is in SeoHead.astro); the offline save holds them so the app opens without a connection.
export { installStep } from './integration.ts';
export { ICONS, manifestFile } from './contract.ts';
