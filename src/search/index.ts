// What other features use of search.
export { pagefindCacheTag } from './build.ts';
export { loadSynonyms } from './synonyms.ts';
