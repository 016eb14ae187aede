// What other features use of articles: the rules that place, order and screen them, as plain
// functions. Routes read the articles themselves through routes.ts.
export { placeArticle, type ArticlePlace } from './place.ts';
export { clashingOrders, readingOrder } from './reading-order.ts';
export { findForbidden } from './forbidden.ts';
