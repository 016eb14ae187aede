// The folder bundle: a copy of the built site that works opened straight from a USB stick, an SD
// card or a zip sent over Bluetooth. Every link is relative and names its index.html; no service
// worker; search through the instant tier; the PDFs. A README.txt says how to open it and how to check it is
// genuine against SHA256SUMS.txt. The zip is reproducible: sorted entries, one fixed timestamp.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { distFiles, guideUpdated, picturesOf } from '../core/dist.ts';
import type { SiteConfig } from '../core/site-config.ts';
import { publicUrl } from '../core/placeholder-url.ts';
import { wordsFromDisk } from '../i18n/words.ts';
import { OFFLINE_LOADER, versionOf } from '../offline/index.ts';

export interface BundleOptions {
  /** Languages in this bundle; pages of other languages are linked at the public address. */
  languages: string[];
  /** The site's public address, for links to pages the bundle does not hold; undefined for a placeholder. */
  siteUrl: string | undefined;
  /** The build's version, and the date of the newest content: both printed in README.txt. */
  version: string;
  updated: string;
  /** README.txt, already in the bundle's language(s); gets version, date and file count filled in. */
  readme: string;
}

export interface BundleReport {
  folder: string;
  zip: string;
  files: number;
  bytes: number;
  zipBytes: number;
}

/** A fixed time for every zip entry (the DOS epoch is 1980; zip cannot store earlier): same input, same bytes. */
const ZIP_TIME = new Date('1980-01-01T00:00:00Z');

/** The files a bundle of these languages holds, as paths inside dist. */
export function bundledFiles(distDir: string, languages: string[]): string[] {
  const files = distFiles(distDir).filter(
    (file) =>
      file === 'index.html' ||
      file === 'search/ui.js' ||
      languages.some(
        (lang) =>
          file === `search/instant.${lang}.js` ||
          (file.startsWith(`${lang}/`) && file.endsWith('.html') && !file.startsWith(`${lang}/offline/`)) ||
          (file.startsWith(`print/${lang}/`) && file.endsWith('.pdf')),
      ),
  );
  return [...files, ...picturesOf(distDir, files.filter((file) => file.endsWith('.html')))].sort();
}

/** A site path as a link from `fromFile`: relative, naming index.html for a folder. */
export function relativeLink(fromFile: string, target: string): string {
  const [pathPart, rest = ''] = target.split(/(?=[?#])/);
  const file = pathPart!.endsWith('/') ? `${pathPart}index.html` : pathPart!;
  const relative = path.posix.relative(path.posix.dirname(`/${fromFile}`), file);
  return (relative || 'index.html') + rest;
}

/**
 * Rewrites one page for reading from disk. A link to a page the bundle does not hold leads to the live
 * site, or, when its address is a placeholder, nowhere: the link keeps its words and loses its href.
 */
export function pageForDisk(html: string, file: string, held: Set<string>, siteUrl: string | undefined): string {
  return (
    html
      // The service worker cannot run from a folder; its registration script goes.
      .replace(new RegExp(`<script [^>]*${OFFLINE_LOADER}[^>]*>[\\s\\S]*?</script>`, 'g'), '')
      // Nor can a page opened from a folder be installed: the manifest stays on the site.
      .replace(/<link rel="manifest"[^>]*>/g, '')
      .replace(/\s(href|action|src)="(\/[^"]*)"/g, (whole, attribute: string, target: string) => {
        if (target.startsWith('//')) return whole;
        const inBundle = relativeLink('', target).replace(/[?#].*$/, '');
        if (held.has(inBundle)) return ` ${attribute}="${relativeLink(file, target)}"`;
        return siteUrl ? ` ${attribute}="${new URL(target.replace(/^\//, ''), siteUrl).href}"` : '';
      })
  );
}

const sha256 = (body: Buffer | string) => createHash('sha256').update(body).digest('hex');

export function makeBundle(distDir: string, outDir: string, name: string, options: BundleOptions): BundleReport {
  const folder = path.join(outDir, name);
  fs.rmSync(folder, { recursive: true, force: true });
  const files = bundledFiles(distDir, options.languages);
  const held = new Set(files);
  const contents = new Map<string, Buffer>();
  for (const file of files) {
    // A long guide's instant index holds less than everything (search-build.ts); read from disk, size
    // matters little, and the bundle, searched by that index alone, gets the full one.
    const full = path.join(distDir, file.replace(/^(search\/instant\..+)\.js$/, '$1.full.js'));
    const body = fs.readFileSync(full !== path.join(distDir, file) && fs.existsSync(full) ? full : path.join(distDir, file));
    contents.set(file, file.endsWith('.html') ? Buffer.from(pageForDisk(body.toString('utf8'), file, held, options.siteUrl)) : body);
  }
  const readme = options.readme
    .split('\n')
    .filter((line) => options.siteUrl || !line.includes('{url}')) // no line pointing to a placeholder address
    .join('\n')
    .replaceAll('{version}', options.version)
    .replaceAll('{updated}', options.updated)
    .replaceAll('{files}', String(files.length))
    .replaceAll('{url}', options.siteUrl ?? '');
  contents.set('README.txt', Buffer.from(readme.replace(/\n/g, '\r\n'))); // Windows Notepad shows it too
  const sums = [...contents].map(([file, body]) => `${sha256(body)}  ${file}`).join('\n') + '\n';
  contents.set('SHA256SUMS.txt', Buffer.from(sums));

  const zippable: Zippable = {};
  for (const file of [...contents.keys()].sort()) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), contents.get(file)!);
    zippable[`${name}/${file}`] = [contents.get(file)!, { mtime: ZIP_TIME }];
  }
  const zip = path.join(outDir, `${name}.zip`);
  fs.writeFileSync(zip, zipSync(zippable, { level: 9, mtime: ZIP_TIME }));
  return {
    folder,
    zip,
    files: contents.size,
    bytes: [...contents.values()].reduce((sum, body) => sum + body.length, 0),
    zipBytes: fs.statSync(zip).size,
  };
}

/** Every bundle of a site: one per language, and one with every language ("<id>-all"). */
export function writeBundles(site: SiteConfig, contentDir: string, distDir: string, bundleDir: string): BundleReport[] {
  const readmeOf = (lang: string) => wordsFromDisk(contentDir, lang).bundle.readme.replaceAll('{title}', site.languageSites[lang]!.title);
  fs.mkdirSync(bundleDir, { recursive: true });
  const version = versionOf(distDir);
  const codes = site.languages.map((l) => l.code);
  const sets: [string, string[]][] = [...codes.map((lang): [string, string[]] => [lang, [lang]]), ['all', codes]];
  return sets.map(([suffix, languages]) => {
    const main = languages.includes(site.defaultLanguage) ? site.defaultLanguage : languages[0]!;
    return makeBundle(distDir, bundleDir, `${site.id}-${suffix}`, { languages, siteUrl: publicUrl(site.url), version, updated: guideUpdated(distDir, main), readme: readmeOf(main) });
  });
}
