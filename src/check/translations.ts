// Rules between a translated article and its source: it says the same thing (parity.ts), it is not
// much longer, and a page a person reviewed is not shown as reviewed once its source has changed.
import type { SiteConfig } from '../core/site-config.ts';
import type { CheckedArticle } from './article.ts';
import { parityProblems } from './parity.ts';
import { problem, type Problem } from './problem.ts';

/** A translation may take this many times its source's words; past it, front matter says why. */
const LONGER = 1.4;

export function translationProblems(articles: CheckedArticle[], site: SiteConfig): Problem[] {
  const sources = new Map(articles.filter((a) => a.place?.lang === site.defaultLanguage).map((a) => [`${a.place!.section}/${a.place!.slug}`, a]));
  return articles.flatMap((article) => {
    const { place, data, facts, file } = article;
    if (!place || place.lang === site.defaultLanguage || !data || !facts) return [];
    const source = sources.get(`${place.section}/${place.slug}`);
    if (!source?.data || !source.facts) return [];
    const problems = parityProblems(file, facts, source.file, source.facts, data.translation.regrouped !== undefined);
    const { translation } = data;
    const line = article.fieldLines.get('translation');
    if (facts.words > LONGER * source.facts.words && !translation.longer) {
      problems.push(
        problem(file, {
          line,
          message: `${facts.words} words, ${(facts.words / source.facts.words).toFixed(2)} times the ${source.facts.words} of ${source.file}`,
          fix: `shorten it to ${Math.floor(LONGER * source.facts.words)} words or fewer, or say why it needs more in "translation.longer"`,
        }),
      );
    }
    if (translation.status === 'reviewed' && translation.follows && translation.follows < source.data.updated) {
      problems.push(
        problem(file, {
          line,
          field: 'translation',
          message: `reviewed on ${translation.on} from the source of ${translation.follows}, but ${source.file} has changed since (updated ${source.data.updated}): the review no longer holds`,
          fix: `bring the translation up to date, set "follows: ${source.data.updated}" and "status: machine-assisted" until a speaker checks it again`,
        }),
      );
    }
    return problems;
  });
}
