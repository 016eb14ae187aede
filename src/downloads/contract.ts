// What the "Get this guide" page writes for the downloads step to fill in or take out once it knows
// what it made: one name on both sides.
import { DOWNLOADS } from '../core/dist.ts';

export type DownloadKind = 'html' | 'epub' | 'zim' | 'booklet';

/** On each offer of the page, naming its kind: an offer of a file that was not made is taken out. */
export const DOWNLOAD_OFFER = 'data-download';

/** Where the size of a kind's file goes in its offer. */
export const downloadSize = (kind: DownloadKind) => `__DOWNLOAD_SIZE_${kind.toUpperCase()}__`;
/** The booklet's pages, on its offer. */
export const DOWNLOAD_BOOKLET_PAGES = '__DOWNLOAD_BOOKLET_PAGES__';

/** The offer of one kind of file in the built page. */
export const downloadOffer = (kind: DownloadKind) => new RegExp(`<li [^>]*${DOWNLOAD_OFFER}="${kind}"[^>]*>[\\s\\S]*?</li>`);

/** The files' names in dist/download/, as the page links them and the step writes them. */
export const downloadFiles = (id: string, lang: string, month: string) => ({
  html: `${DOWNLOADS}/${id}-${lang}.html`,
  epub: `${DOWNLOADS}/${id}-${lang}.epub`,
  zim: `${DOWNLOADS}/${id}_${lang}_all_${month}.zim`,
  booklet: `print/${lang}/booklet.pdf`,
});

/**
 * On a part of a page that lists other pages for convenience (a directory entry's "Also in Kenya"): the
 * one-file guide, which holds those pages and the lists that lead to them, leaves it out.
 */
export const RELATED = 'data-related';
