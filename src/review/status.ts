// Where each page of a language stands: its translation's front matter against its source's.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readMdx } from '../check/index.ts';
import type { PrintedArticle } from '../print/index.ts';
import { isoDay } from '../schemas/date.ts';
import type { StatusRow } from './sheet.ts';

interface FrontMatter {
  updated: string;
  translation?: { status?: string; follows?: string; by?: string; on?: string };
}

function frontMatter(file: string): FrontMatter | undefined {
  if (!fs.existsSync(file)) return undefined;
  const yaml = readMdx(fs.readFileSync(file, 'utf8')).frontMatter?.text;
  return yaml === undefined ? undefined : (parse(yaml) as FrontMatter);
}

/** A day as the schemas keep it (YAML gives an unquoted one as a Date). */
const day = (value: unknown) => (value === undefined ? undefined : isoDay.parse(value));

/** One row per page of the source language, in reading order; `translated` has the translation's title where there is one. */
export function statusRows(contentDir: string, sourceLang: string, lang: string, sourcePages: PrintedArticle[], translated: Map<string, PrintedArticle>): StatusRow[] {
  return sourcePages.map((page) => {
    const place = page.path.split('/').slice(2, 4).join('/'); // "/en/basics/soil/" → "basics/soil"
    const source = frontMatter(path.join(contentDir, sourceLang, `${place}.mdx`));
    const own = frontMatter(path.join(contentDir, lang, `${place}.mdx`));
    const address = `/${lang}/${place}/`;
    const status = own?.translation?.status === 'reviewed' ? 'reviewed' : own ? 'machine-assisted' : 'not translated';
    return {
      title: translated.get(address)?.title ?? page.title,
      path: address,
      status,
      follows: day(own?.translation?.follows),
      sourceUpdated: day(source?.updated) ?? '',
      by: own?.translation?.by,
      on: day(own?.translation?.on),
    };
  });
}
