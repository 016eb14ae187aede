// Size budgets, in bytes. Tests fail past them and the benchmark prints them beside its figures.

/** Every page, HTML with its CSS inlined, gzipped: fits TCP's first flight of 10 segments (~14.6 KB). */
export const PAGE_GZIP_MAX = 14 * 1024;
/** What a page should aim for, gzipped; the benchmark flags pages above it. */
export const PAGE_GZIP_AIM = 8 * 1024;

/** Search code a page carries before the reader focuses the search box (the inline loader), gzipped. */
export const SEARCH_LOADER_GZIP_MAX = 2 * 1024;
/** The instant search index of one language, gzipped. */
export const INSTANT_INDEX_GZIP_MAX = 20 * 1024;
/** Everything Pagefind downloads for a first one-word search, as sent over the wire. */
export const FIRST_FULL_TEXT_SEARCH_MAX = 100 * 1024;

/** A full "save this guide" of the source language, as downloaded (brotli for text). */
export const FULL_SAVE_MAX = 600 * 1000;
/**
 * The same for a translation: the same pages run longer in most languages than in English (French
 * and Spanish by about a tenth), and Devanagari takes three bytes a letter where Latin takes one.
 */
export const TRANSLATED_SAVE_MAX = 660 * 1000;
