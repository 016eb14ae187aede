// Every source address the watch visits, read with the loaders the build uses: the sources of each
// article's front matter, of each country page's facts and emergency number, and of each directory
// entry, its facts and its contacts.
import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '../core/errors.ts';
import { shown } from '../core/paths.ts';
import { loadSiteConfig, type SiteConfig } from '../core/site-config.ts';
import { readText } from '../core/text-file.ts';
import { validateYaml } from '../core/yaml.ts';
import { articleSchema } from '../schemas/article.ts';
import type { Channel } from '../schemas/organisation.ts';
import { readMdx } from '../check/index.ts';
import { loadDirectory } from '../directory/index.ts';

/** One contact of the directory, and where it is written. */
export interface WatchedContact {
  /** "green-seeds phone 0700 000 001 https://…": the organisation's id, the channel's type, value and source; the same from one report to the next. */
  key: string;
  organisation: string;
  file: string;
  type: Channel['type'];
  value: string;
  country?: string;
  source: string;
  /** Already marked "Check first". */
  warned: boolean;
}

export interface Sources {
  site: SiteConfig;
  /** Each address, with what cites it ("Soil (content/en/basics/soil.mdx)", "Green Seeds"), in first-seen order. */
  urls: Map<string, string[]>;
  contacts: WatchedContact[];
}

/** Every .mdx file under the content folder, skipping hidden folders as the build does. */
function articleFiles(contentDir: string): string[] {
  return fs
    .readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('.mdx') && !entry.split(path.sep).some((part) => part.startsWith('.')))
    .sort()
    .map((entry) => path.join(contentDir, entry));
}

/** Reads the content folder; every problem (a source that is not https, one missing) throws a ContentError naming file, line and field. */
export function collectSources(contentDir: string): Sources {
  const site = loadSiteConfig(contentDir);
  const urls = new Map<string, string[]>();
  const cite = (url: string, by: string) => {
    const citing = urls.get(url) ?? [];
    if (!citing.includes(by)) citing.push(by);
    urls.set(url, citing);
  };
  const [first, ...rest] = site.sections;
  const schema = articleSchema([first!, ...rest]);
  for (const file of articleFiles(contentDir)) {
    const { frontMatter } = readMdx(readText(file));
    if (!frontMatter) throw new ContentError(shown(file), ['line 1: no front matter, so no sources']);
    const result = validateYaml(frontMatter.text, schema, frontMatter.firstLine);
    if (!result.ok) throw new ContentError(shown(file), result.problems);
    for (const source of result.data.sources) cite(source.url, `${result.data.title} (${shown(file)})`);
  }
  const contacts: WatchedContact[] = [];
  if (site.directory) {
    const directory = loadDirectory(contentDir, site.directory);
    for (const [code, country] of directory.countries) {
      for (const fact of country.facts) cite(fact.source, `countries/${code}`);
      if (country.emergency) cite(country.emergency.source, `countries/${code}`);
    }
    for (const org of directory.organisations) {
      for (const source of org.sources) cite(source.url, org.name);
      for (const fact of org.facts) cite(fact.source, org.name);
      for (const channel of org.channels) {
        cite(channel.source, org.name);
        contacts.push({
          key: `${org.id} ${channel.type} ${channel.value} ${channel.source}`,
          organisation: org.name,
          file: shown(org.file),
          type: channel.type,
          value: channel.value,
          country: channel.country,
          source: channel.source,
          warned: channel.warning !== undefined,
        });
      }
    }
  }
  return { site, urls, contacts };
}
