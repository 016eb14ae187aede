// What other features use of print.
export { printStep } from './integration.ts';
export { builtArticles, type PrintedArticle } from './articles.ts';
export { compress as compressPdf, hasQpdf } from './build.ts';
export { pdfOffers } from './contract.ts';
