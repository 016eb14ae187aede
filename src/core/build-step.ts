// What every step after the pages gets: the built site's folder and this context, as arguments. A
// step is a plain function, so a test can call it on any built folder without Astro.
import type { AstroIntegrationLogger } from 'astro';
import type { Strings } from '../i18n/words.ts';
import type { SiteConfig } from './site-config.ts';

export interface BuildContext {
  site: SiteConfig;
  contentDir: string;
  /** One language's interface words: the engine's, with the site's own on top. */
  words: (lang: string) => Strings;
  log: Pick<AstroIntegrationLogger, 'info' | 'warn'>;
}

export type BuildStep = (distDir: string, context: BuildContext) => Promise<void> | void;
