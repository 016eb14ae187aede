// What other features use of search.
export { pagefindCacheTag } from './build.ts';
export { loadSynonyms } from './synonyms.ts';
export { searchCases, searchLanguages, type SearchCase } from './queries.ts';
export { searchStep } from './integration.ts';
