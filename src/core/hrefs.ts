// Every address the engine gives a page, in one place: routes link with these, and the checks and the
// steps after the build find pages with them.

/** A slug, the last part of an address (and of a file name): lower-case letters, digits and dashes. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An article's address; its id is already "<lang>/<section>/<slug>". */
export const articleHref = (id: string) => `/${id}/`;

/** The address of a section's n-th page, 1 first. */
export const sectionPartHref = (lang: string, section: string, n: number) => (n === 1 ? `/${lang}/${section}/` : `/${lang}/${section}/page/${n}/`);

/** One page of a split A–Z list. */
export const azPartHref = (lang: string, part: { slug: string }) => `/${lang}/a-z/${part.slug}/`;

export const organisationHref = (lang: string, org: { kind: string; id: string }) => `/${lang}/directory/${org.kind}/${org.id}/`;

export const countryHref = (lang: string, code: string) => `/${lang}/directory/countries/${code.toLowerCase()}/`;

/**
 * A page's id where several pages share one document (the booklet, the one-file copy): "/en/start/x/"
 * → "p_en_start_x". Slugs hold no "_", so two pages never share an id.
 */
export const pageAnchor = (path: string) => `p${path.replace(/\/+$/, '').replace(/\//g, '_')}`;

/** On the one-file guide's <html>: the search interface then links a page by its pageAnchor, not its address. */
export const ONE_FILE_DOCUMENT = 'data-one-file';

/** The site path a built file is served at: "en/a/index.html" → "/en/a/". */
export function pagePath(file: string): string {
  const unix = file.split('\\').join('/');
  return '/' + unix.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Where a link in an untranslated page leads a reader of `lang`: a link to a source-language page
 * goes to the same page in the reader's language. Its #anchor is kept only when that page is also
 * untranslated (`untranslated` answers for a page path): a translation names its headings anew.
 */
export function readerLanguageHref(href: string, sourceLang: string, lang: string, untranslated: (path: string) => boolean): string {
  const prefix = `/${sourceLang}/`;
  if (!href.startsWith(prefix)) return href;
  const [pathPart, hash] = href.split('#', 2) as [string, string | undefined];
  const local = `/${lang}/${pathPart.slice(prefix.length)}`;
  return hash !== undefined && untranslated(local) ? `${local}#${hash}` : local;
}

/** An address's site as a reader knows it: "https://www.example.org/a" → "example.org". */
export function siteNameOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
