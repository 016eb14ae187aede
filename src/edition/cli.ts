// `npm run edition -- --country KE --lang sw,en --org "Name" --contact "..."`: a local edition for
// trainers. Builds the site, its bundles and its booklets from a copy of the content folder that
// lists one country's organisations, in the chosen languages, with the trainer's organisation on
// every page's foot and on the booklet's cover. Everything lands in editions/<name>/ (or --out), which
// is replaced only when all of it is built.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { countryCode } from '../schemas/organisation.ts';
import { readArgs } from '../core/cli-args.ts';
import { contentDir, shown } from '../core/paths.ts';
import { replaceFolder } from '../core/output-folder.ts';
import { explain, runBuild } from '../build/index.ts';
import { writeBundles } from '../bundle/index.ts';
import { loadSiteConfig } from '../core/site-config.ts';
import { SLUG } from '../core/hrefs.ts';

export interface EditionOptions {
  contentDir: string;
  country: string;
  languages: string[];
  publisher?: { name: string; contact?: string };
  /** Where the edition is published, when not at the site's own address: its QR codes and printed links use it. */
  url?: string;
  name: string;
  /** Where the edition goes: editions/<name>/ unless told. */
  out: string;
}

const USAGE = `npm run edition -- --country KE --lang sw,en [--org "Organisation"] [--contact "phone, address"] [--url https://…/] [--name kenya] [--content content] [--out editions/<name>]`;

function fail(message: string): never {
  console.error(`edition: ${message}\n  ${USAGE}`);
  process.exit(2);
}

export function parseEditionArgs(args: string[]): EditionOptions {
  const { values } = readArgs(
    {
      args,
      options: {
        country: { type: 'string' },
        lang: { type: 'string' },
        org: { type: 'string' },
        contact: { type: 'string' },
        url: { type: 'string' },
        name: { type: 'string' },
        out: { type: 'string' },
        content: { type: 'string', default: contentDir },
      },
    },
    USAGE,
  );
  if (!values.country) fail('--country is missing');
  if (!values.lang) fail('--lang is missing');
  if (values.contact && !values.org) fail('--contact needs --org: whose contact is it?');
  if (values.url !== undefined && !/^https:\/\/[^/\s]+\.[^/\s]+(\/\S*)?$/.test(values.url)) fail(`--url ${values.url}: give the https address the edition is published at, such as https://guide.example.org/`);
  const country = values.country.toUpperCase();
  const languages = values.lang
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  const name = values.name ?? `${country.toLowerCase()}-${languages.join('-').toLowerCase()}`;
  if (!SLUG.test(name)) fail(`--name "${name}": use lower-case letters, digits and dashes`);
  return {
    contentDir: path.resolve(values.content),
    country,
    languages,
    name,
    ...(values.url && { url: values.url.endsWith('/') ? values.url : `${values.url}/` }),
    out: path.resolve(values.out ?? path.join('editions', name)),
    ...(values.org && {
      publisher: {
        name: values.org,
        ...(values.contact && { contact: values.contact }),
      },
    }),
  };
}

/** What is wrong with the options for this content folder, in words for the trainer. */
export function editionProblems({ contentDir, country, languages }: EditionOptions): string[] {
  const site = loadSiteConfig(contentDir);
  const known = site.languages.map((l) => l.code);
  const problems: string[] = [];
  if (!countryCode.safeParse(country).success) problems.push(`--country ${country}: not an ISO country code such as KE`);
  for (const lang of languages) if (!known.includes(lang)) problems.push(`--lang ${lang}: not a language of this site (${known.join(', ')})`);
  if (!languages.includes(site.defaultLanguage)) {
    problems.push(`--lang must include ${site.defaultLanguage}: pages not yet translated are shown in it`);
  }
  if (!site.directory) problems.push('this site has no directory to restrict to one country');
  return problems;
}

/** A copy of the content folder set up as the edition: its languages, one country, the publisher. */
export function editionContent({ contentDir, country, languages, publisher, url, name }: EditionOptions, into: string): void {
  fs.cpSync(contentDir, into, { recursive: true });
  const site = loadSiteConfig(contentDir);
  for (const { code } of site.languages) if (!languages.includes(code)) fs.rmSync(path.join(into, code), { recursive: true, force: true });
  const file = path.join(into, 'site.yaml');
  const doc = parseDocument(fs.readFileSync(file, 'utf8'));
  doc.set('id', `${site.id}-${name}`);
  doc.set(
    'languages',
    site.languages
      .filter((l) => languages.includes(l.code))
      .map(({ code, name: languageName, dir }) => ({
        code,
        name: languageName,
        ...(dir === 'rtl' && { dir }),
      })),
  );
  doc.setIn(['directory', 'countries'], [country]);
  if (publisher) doc.set('publisher', publisher);
  if (url) doc.set('url', url);
  fs.writeFileSync(file, doc.toString());
}

if (import.meta.main) {
  const options = parseEditionArgs(process.argv.slice(2));
  const problems = editionProblems(options);
  if (problems.length > 0) fail(problems.join('\n  '));
  const { out } = options;
  // The same folder each time for one edition: Astro keeps one cache per content folder.
  const content = path.join(os.tmpdir(), `lockguide-edition-${options.name}`);
  console.log(`Edition ${options.name}: ${options.country}, ${options.languages.join(', ')} → ${shown(out)}/`);
  try {
    const booklets = await replaceFolder(out, options.contentDir, (staging) => {
      fs.rmSync(content, { recursive: true, force: true });
      editionContent(options, content);
      const site = path.join(staging, 'site');
      if (!runBuild(content, site)) throw new Error(`The edition's site did not build (its messages are above).`);
      const config = loadSiteConfig(content);
      if (config.parts.bundle) writeBundles(config, content, site, path.join(staging, 'bundle'));
      return options.languages.flatMap((lang) => {
        const booklet = path.join(site, 'print', lang, 'booklet.pdf');
        if (!fs.existsSync(booklet)) return [];
        fs.copyFileSync(booklet, path.join(staging, `booklet-${lang}.pdf`));
        return [`${shown(path.join(out, `booklet-${lang}.pdf`))} (${fs.statSync(booklet).size} bytes)`];
      });
    });
    console.log(
      `Edition ${options.name} ready:\n  ${shown(out)}/site/ (serve it, or copy it to a web server)\n  ${shown(out)}/bundle/ (copy a folder or zip to a USB stick)\n  ${booklets.join('\n  ') || 'no booklet: PDFs are off'}`,
    );
  } catch (error) {
    console.error(`\n${explain(error, false, 'Edition')}`);
    process.exitCode = 1;
  } finally {
    fs.rmSync(content, { recursive: true, force: true });
  }
}
