// What the guide's directory must cover: enough lenders in enough countries, and somewhere to
// complain in each of them.
import { expect, test } from 'vitest';
import { loadDirectory } from '../../src/directory/load.ts';
import { loadSiteConfig } from '../../src/core/site-config.ts';

const directory = loadDirectory('content', loadSiteConfig('content').directory!);
const of = (kind: string) => directory.organisations.filter((o) => o.kind === kind);
const providerCountries = new Set(of('providers').flatMap((o) => o.countries));
const regulatorCountries = new Set(of('regulators').flatMap((o) => o.countries));

test('at least 12 providers across at least 8 countries', () => {
  expect(of('providers').length).toBeGreaterThanOrEqual(12);
  expect(providerCountries.size).toBeGreaterThanOrEqual(8);
});

test('at least 8 provider countries also have a regulator or consumer body', () => {
  expect([...providerCountries].filter((c) => regulatorCountries.has(c)).length).toBeGreaterThanOrEqual(8);
});

test('a contact with a warning says what to check, and no contact relies on a source the research calls junk', () => {
  const junk = ['kopacash.com', 'grokipedia.com', 'issuu.com', 'postdit.co', 'tumodo.io', 'mirrorblogs.com', 'payuka.co.ke', 'pastebin.com'];
  for (const org of directory.organisations) {
    for (const c of org.channels) {
      expect(junk.some((host) => c.source.includes(host)), `${org.id}: ${c.source}`).toBe(false);
      if (c.warning) expect(c.warning.length, `${org.id}: ${c.value}`).toBeGreaterThan(20);
    }
  }
});
