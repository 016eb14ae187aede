// Size budgets, in bytes. Tests fail past them and the benchmark prints them beside its figures.

/** Every page, HTML with its CSS inlined, gzipped: fits TCP's first flight of 10 segments (~14.6 KB). */
export const PAGE_GZIP_MAX = 14 * 1024;
/** What a page should aim for, gzipped; the benchmark flags pages above it. */
export const PAGE_GZIP_AIM = 8 * 1024;
