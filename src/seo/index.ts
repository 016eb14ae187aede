// Search engines and share previews: the head tags (SeoHead.astro, JsonLd.astro), sitemap, robots
// and preview images.
export { seoStep } from './integration.ts';
