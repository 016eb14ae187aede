// Size budgets, in bytes. Tests fail past them and the benchmark prints them beside its figures.

/** Every page, HTML with its CSS inlined, gzipped: fits TCP's first flight of 10 segments (~14.6 KB). */
export const PAGE_GZIP_MAX = 14 * 1024;
/**
 * What an article page adds around its own text, gzipped, with room to spare: inline CSS, header,
 * navigation, breadcrumbs, pager, source list, footer. Measured on the built guide (2026): a page
 * gzipped is about 4.45 KB + 1.11 × its MDX file gzipped (within 0.25 KB), so 6 KB covers the shell
 * and the markup Markdown turns into.
 */
export const PAGE_SHELL_GZIP = 6 * 1024;
/**
 * An article's MDX file, gzipped, at most: what `npm run check` and the build allow before the page
 * would pass PAGE_GZIP_MAX. 8 KB of source makes a page of about 13.6 KB gzipped.
 */
export const ARTICLE_SOURCE_GZIP_MAX = PAGE_GZIP_MAX - PAGE_SHELL_GZIP;
/** A picture in an article: the one download a page makes after its first round trip (about a second on 2G). */
export const IMAGE_MAX = 30 * 1024;
/** What a page should aim for, gzipped; the benchmark flags pages above it. */
export const PAGE_GZIP_AIM = 8 * 1024;

/** Search code a page carries before the reader focuses the search box (the inline loader), gzipped. */
export const SEARCH_LOADER_GZIP_MAX = 2 * 1024;
/** The instant search index of one language, gzipped. */
export const INSTANT_INDEX_GZIP_MAX = 20 * 1024;
/** Everything Pagefind downloads for a first one-word search, as sent over the wire. */
export const FIRST_FULL_TEXT_SEARCH_MAX = 100 * 1024;

/** A source page the source watch reads (npm run sources): larger ones are reported, not read. */
export const SOURCE_PAGE_MAX = 10 * 1024 * 1024;
