// Rules across articles: two articles of a section with the same `order`, and two articles of a
// language with the same slug (file name), whose handouts would both be print/<lang>/<slug>.pdf.
import type { SiteConfig } from '../core/site-config.ts';
import type { CheckedArticle } from './article.ts';
import { problem, type Problem } from './problem.ts';
import { clashingOrders, readingOrder } from '../articles/index.ts';

type Placed = CheckedArticle & { place: NonNullable<CheckedArticle['place']> };

export function orderClashes(articles: CheckedArticle[], site: SiteConfig): Problem[] {
  const valid = articles.flatMap((a) => (a.place && a.data ? [{ id: a.place.id, data: a.data, article: a }] : []));
  return clashingOrders(readingOrder(valid, site.sections)).map(([first, second]) =>
    problem(second.article.file, {
      line: second.article.fieldLines.get('order'),
      field: 'order',
      message: `${second.data.order} is already used by ${first.article.file}`,
      fix: 'give each article of a section its own number',
    }),
  );
}

/**
 * Every language has the source language's articles (its own translation or the original), and each
 * article's handout is print/<lang>/<slug>.pdf: so a slug names one article per language.
 */
export function slugClashes(articles: CheckedArticle[], site: SiteConfig): Problem[] {
  const placed = articles.filter((a): a is Placed => a.place !== undefined);
  const order = (a: Placed) => [site.sections.indexOf(a.place.section), a.place.id] as const;
  const problems = new Map<string, Problem>();
  for (const { code: lang } of site.languages) {
    const own = placed.filter((a) => a.place.lang === lang);
    const translated = new Set(own.map((a) => `${a.place.section}/${a.place.slug}`));
    const fallbacks = placed.filter((a) => a.place.lang === site.defaultLanguage && lang !== site.defaultLanguage && !translated.has(`${a.place.section}/${a.place.slug}`));
    const local = [...own, ...fallbacks].sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1].localeCompare(order(b)[1]));
    const bySlug = new Map<string, Placed>();
    for (const article of local) {
      const first = bySlug.get(article.place.slug);
      if (!first) {
        bySlug.set(article.place.slug, article);
        continue;
      }
      const found = problem(article.file, {
        message: `file name: "${article.place.slug}" is already used by ${first.file}: each article's handout is print/<language>/<slug>.pdf, so a slug is used once per language`,
        fix: 'rename one of the files (and the links to it)',
      });
      problems.set(`${found.file}\n${found.text}`, found);
    }
  }
  return [...problems.values()];
}
