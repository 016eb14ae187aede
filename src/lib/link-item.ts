/** A page as lists show it: sections, the A–Z and the directory. */
export interface LinkItem {
  href: string;
  title: string;
  summary: string;
  /** The summary's language, when it is not the page's (a text not yet translated). */
  summaryLang?: string;
  /** Extra words the directory filter matches on (other names, countries). */
  filterText?: string;
  /** A short label after the title, such as the countries an organisation works in. */
  note?: string;
}
