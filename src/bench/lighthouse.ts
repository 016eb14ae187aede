// Lighthouse's SEO category (Lighthouse from npm, run on Debian's Chromium) for sample pages of a
// served build: the score out of 100 and the audits that did not pass, for the benchmark's table.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromiumLaunch } from '../core/chromium.ts';

const run = promisify(execFile);
const CLI = fileURLToPath(import.meta.resolve('lighthouse/cli/index.js'));

export interface SeoScore {
  page: string;
  /** 0–100, as Lighthouse reports the category. */
  score: number;
  /** The audits that scored below full marks, by id. */
  failing: string[];
}

interface Report {
  lighthouseVersion: string;
  categories: { seo: { score: number; auditRefs: { id: string }[] } };
  audits: Record<string, { score: number | null }>;
}

/** One page's SEO category, Lighthouse in its own Chromium (headless, quiet like the tests' one). */
export async function seoScore(baseUrl: string, page: string): Promise<SeoScore & { version: string }> {
  const flags = [...chromiumLaunch.args, '--headless=new', '--no-sandbox'].join(' ');
  const { stdout } = await run(process.execPath, [CLI, baseUrl + page, '--only-categories=seo', '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${flags}`], {
    env: { ...process.env, CHROME_PATH: chromiumLaunch.executablePath },
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(stdout) as Report;
  const { seo } = report.categories;
  return {
    page,
    version: report.lighthouseVersion,
    score: Math.round(seo.score * 100),
    failing: seo.auditRefs.map((ref) => ref.id).filter((id) => (report.audits[id]?.score ?? 1) < 1),
  };
}

/**
 * The sample: a language's home page, its first article, directory entry and country page (in the
 * order of `pages`), for each of `languages`.
 */
export function seoSample(pages: string[], languages: string[], isArticle: (page: string) => boolean): string[] {
  return languages.flatMap((lang) => {
    const own = pages.filter((p) => p.startsWith(`/${lang}/`));
    const entry = own.find((p) => /^\/[^/]+\/directory\/(?!countries\/)[^/]+\/[^/]+\/$/.test(p));
    const country = own.find((p) => /^\/[^/]+\/directory\/countries\/[^/]+\/$/.test(p));
    return [`/${lang}/`, own.find(isArticle), entry, country].filter((p): p is string => p !== undefined);
  });
}
