// The articles the print step prints, read from the built pages: a language's articles in reading
// order, following each page's "next" link from the first.
import fs from 'node:fs';
import path from 'node:path';
import { distFiles } from '../core/dist.ts';
import { pagePath } from '../core/hrefs.ts';

export interface PrintedArticle {
  /** Its address: "/en/start/what-to-do-now/". */
  path: string;
  /** Its built file. */
  file: string;
  title: string;
  /** The section it belongs to, by id ("start"), from its address. */
  section: string;
  /** The name of its handout PDF, when it has one (data-handout on the article). */
  handout?: string;
  /** The <article> element, as built. */
  html: string;
}

export function builtArticles(distDir: string, lang: string): PrintedArticle[] {
  const pages = new Map<string, PrintedArticle & { next?: string; previous?: string }>();
  for (const relative of distFiles(path.join(distDir, lang)).filter((file) => path.posix.basename(file) === 'index.html')) {
    const file = path.join(distDir, lang, relative);
    const html = fs.readFileSync(file, 'utf8');
    const article = /<article\b[^>]*>[\s\S]*?<\/article>/.exec(html)?.[0];
    if (!article) continue;
    const address = pagePath(`${lang}/${relative}`);
    pages.set(address, {
      path: address,
      file,
      title: /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(article)?.[1] ?? '',
      section: address.split('/')[2] ?? '',
      handout: /data-handout="([^"]+)"/.exec(article)?.[1],
      html: article,
      next: /<a href="([^"]+)" rel="next"/.exec(html)?.[1],
      previous: /<a href="([^"]+)" rel="prev"/.exec(html)?.[1],
    });
  }
  const ordered: PrintedArticle[] = [];
  for (let page = [...pages.values()].find((p) => !p.previous); page; page = page.next ? pages.get(page.next) : undefined) ordered.push(page);
  return ordered;
}
