// What the pages write for the print step to fill in or take out once it knows what it printed: one
// name on both sides.

/** Placeholders in the offer of a PDF, replaced with its size (and a booklet's pages) once it is printed. */
export const PDF_SIZE = '__PDF_SIZE__';
export const BOOKLET_PAGES = '__BOOKLET_PAGES__';
export const BOOKLET_SIZE = '__BOOKLET_SIZE__';

/** On the paragraph that offers a PDF, naming which: a page offers no PDF that was not printed. */
export const PDF_OFFER = 'data-pdf-offer';
export type PdfKind = 'handout' | 'booklet';

/** The offers of one kind of PDF (or of any) in a built page. */
export const pdfOffers = (kind?: PdfKind) => new RegExp(`<p [^>]*${PDF_OFFER}="${kind ?? '[a-z]+'}"[^>]*>[\\s\\S]*?</p>`, 'g');
