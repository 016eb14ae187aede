// What other features use of print.
export { printStep } from './integration.ts';
export { builtArticles, type PrintedArticle } from './articles.ts';
export { compress as compressPdf } from './build.ts';
export { bookletArticles, textVersion } from './booklet.ts';
export { PDF_OFFER } from './contract.ts';
