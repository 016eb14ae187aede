// The search test sets of the content folder under test (src/search/queries.ts reads them).
import { contentDir } from '../../src/core/paths.ts';
import * as queries from '../../src/search/queries.ts';

export type { SearchCase } from '../../src/search/queries.ts';

export const searchCases = (lang: string) => queries.searchCases(contentDir, lang);

/** Languages with a query set. */
export const searchLanguages = () => queries.searchLanguages(contentDir);
