// What the pages write for the offline step and the folder bundle to find: one name on both sides.

/** Placeholders on the "save this guide" box, replaced with sizes once the files they count exist. */
export const OFFLINE_SIZE = '__OFFLINE_SIZE__';
export const OFFLINE_FULLTEXT_SIZE = '__OFFLINE_FULLTEXT_SIZE__';
export const OFFLINE_PDFS_SIZE = '__OFFLINE_PDFS_SIZE__';

/** On each optional part of a save ("fullText", "pdfs"): an option with nothing in it is taken out. */
export const OFFLINE_GROUP = 'data-offline-group';

/** On the script that registers the service worker: a copy read from a folder (the bundle) leaves it out. */
export const OFFLINE_LOADER = 'data-offline-loader';
