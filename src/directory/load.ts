// Loads the directory (content/data/<kind>/<id>.yaml and content/data/countries/<CC>.yaml). Every
// failure names the file, the line and the field.
import fs from 'node:fs';
import path from 'node:path';
import { countryCode, countrySchema, organisationSchema, type CountryData, type OrganisationData } from '../schemas/organisation.ts';
import type { Site } from '../schemas/site.ts';
import { ContentError } from '../core/errors.ts';
import { SLUG } from '../core/hrefs.ts';
import { shown } from '../core/paths.ts';
import { readYamlFile } from '../core/yaml.ts';

export interface Organisation extends OrganisationData {
  id: string;
  kind: string;
  file: string;
}

export interface Directory {
  kinds: string[];
  organisations: Organisation[];
  /** Every country an organisation works in or a country file describes, with what that file says. */
  countries: Map<string, CountryData>;
  /**
   * Every entry's files as written ("shops/green-seeds", "countries/KE"), before site.yaml
   * `directory.countries` left any out: translations are checked against these.
   */
  files: Map<string, Organisation | CountryData>;
  /** Entries whose file failed to load ("shops/green-seeds"): their translations wait for them, unjudged. */
  failed: Set<string>;
}


function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) throw new ContentError(shown(dir), ['folder is missing: site.yaml "directory.kinds" names it']);
  return fs
    .readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => {
      if (!name.endsWith('.yaml')) throw new ContentError(shown(path.join(dir, name)), ['only .yaml files belong in this folder']);
      return path.join(dir, name);
    });
}

/**
 * `report`, when given, receives each failing file or folder and loading goes on without it (for
 * `npm run check`, which lists every problem); without it the first failure throws.
 */
export function loadDirectory(contentDir: string, config: NonNullable<Site['directory']>, report?: (error: ContentError) => void): Directory {
  const dataDir = path.join(contentDir, 'data');
  const schema = organisationSchema(config.attributes);
  const byId = new Map<string, Organisation>();
  const failed = new Set<string>();
  const attempt = (load: () => void) => {
    try {
      load();
    } catch (error) {
      if (!report || !(error instanceof ContentError)) throw error;
      report(error);
    }
  };
  for (const kind of config.kinds) {
    attempt(() => {
      for (const file of yamlFiles(path.join(dataDir, kind))) {
        attempt(() => {
          const id = path.basename(file, '.yaml');
          if (!SLUG.test(id)) throw new ContentError(shown(file), ['file name: use lower-case letters, digits and dashes; it becomes the id']);
          const first = byId.get(id);
          if (first) throw new ContentError(shown(file), [`id "${id}" is already used by ${shown(first.file)}: ids are unique across the directory`]);
          failed.add(`${kind}/${id}`);
          byId.set(id, { ...readYamlFile(file, schema), id, kind, file });
          failed.delete(`${kind}/${id}`);
        });
      }
    });
  }
  const countries = new Map<string, CountryData>();
  const countriesDir = path.join(dataDir, 'countries');
  attempt(() => {
    for (const file of fs.existsSync(countriesDir) ? yamlFiles(countriesDir) : []) {
      attempt(() => {
        const code = path.basename(file, '.yaml');
        if (!countryCode.safeParse(code).success) throw new ContentError(shown(file), [`file name: "${code}" is not an ISO 3166 country code such as KE`]);
        failed.add(`countries/${code}`);
        countries.set(code, readYamlFile(file, countrySchema));
        failed.delete(`countries/${code}`);
      });
    }
  });
  const files = new Map<string, Organisation | CountryData>([
    ...[...byId.values()].map((org): [string, Organisation] => [`${org.kind}/${org.id}`, org]),
    ...[...countries].map(([code, data]): [string, CountryData] => [`countries/${code}`, data]),
  ]);
  const only = config.countries && new Set(config.countries);
  const organisations = only ? [...byId.values()].flatMap((org) => onlyIn(org, only)) : [...byId.values()];
  for (const code of organisations.flatMap((o) => o.countries)) if (!countries.has(code)) countries.set(code, { facts: [] });
  for (const code of countries.keys()) if (only && !only.has(code)) countries.delete(code);
  return { kinds: config.kinds, organisations, countries: new Map([...countries].sort(([a], [b]) => a.localeCompare(b))), files, failed };
}

/** An organisation as a local edition shows it: its work in those countries only, or nothing. */
function onlyIn(org: Organisation, only: Set<string>): Organisation[] {
  const countries = org.countries.filter((code) => only.has(code));
  if (countries.length === 0) return [];
  return [{ ...org, countries, channels: org.channels.filter((c) => !c.country || only.has(c.country)) }];
}

export interface StaleCheck {
  file: string;
  what: string;
  checked: string;
}

/** Contacts and entries checked longer ago than `months` before `today`: a warning, not an error. */
export function staleChecks(directory: Directory, today: string, months = 12): StaleCheck[] {
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  const cutoff = limit.toISOString().slice(0, 10);
  return directory.organisations.flatMap((org) => [
    ...(org.checked < cutoff ? [{ file: shown(org.file), what: org.name, checked: org.checked }] : []),
    ...org.channels.filter((c) => c.checked < cutoff).map((c) => ({ file: shown(org.file), what: `${c.type} ${c.value}`, checked: c.checked })),
  ]);
}
