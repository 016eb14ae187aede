import type { TextLanguage } from '../core/site-config.ts';

/** A page as lists show it: sections, the A–Z and the directory. */
export interface LinkItem {
  href: string;
  title: string;
  summary: string;
  /** The summary's `lang` and `dir`, when it is not in the page's language (not yet translated). */
  summaryLanguage?: Partial<TextLanguage>;
  /** Extra words the directory filter matches on (other names, countries). */
  filterText?: string;
  /** A short label after the title, such as the countries an organisation works in. */
  note?: string;
}
