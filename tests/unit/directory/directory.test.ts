import { expect, test } from 'vitest';
import { loadDirectory, staleChecks } from '../../../src/directory/load.ts';
import { loadSiteConfig } from '../../../src/core/site-config.ts';
import type { Channel } from '../../../src/schemas/organisation.ts';
import { channelHref, organisationLink } from '../../../src/directory/present.ts';
import { countryHref } from '../../../src/core/hrefs.ts';

const content = 'tests/fixtures/site/content';
const directory = loadDirectory(content, loadSiteConfig(content).directory!);
const channel = (type: Channel['type'], value: string, country?: string): Channel => ({
  purpose: 'contact',
  type,
  value,
  country,
  source: 'https://example.org/',
  checked: '2026-01-01',
});

test('loads every kind, gives ids from file names and adds countries without a file', () => {
  expect(directory.organisations.map((o) => [o.kind, o.id])).toEqual([
    ['shops', 'green-seeds'],
    ['councils', 'town-council'],
  ]);
  expect([...directory.countries.keys()]).toEqual(['KE', 'UG']);
  expect(directory.countries.get('KE')?.facts).toHaveLength(1);
});

test('phone numbers link in E.164, WhatsApp through wa.me, USSD codes not at all', () => {
  expect(channelHref(channel('phone', '0700 000 001', 'KE'))).toBe('tel:+254700000001');
  expect(channelHref(channel('phone', '1800 001 428', 'EC')), 'toll-free: dialled inside the country').toBe('tel:1800001428');
  expect(channelHref(channel('whatsapp', '0963507433', 'EC'))).toBe('https://wa.me/593963507433');
  expect(channelHref(channel('shortcode', '14 448', 'IN'))).toBe('tel:14448');
  expect(channelHref(channel('email', 'help@example.org'))).toBe('mailto:help@example.org');
  expect(channelHref(channel('ussd', '*544#', 'KE'))).toBeUndefined();
});

test('a contact or entry checked more than 12 months before today is stale', () => {
  expect(staleChecks(directory, '2027-01-09')).toEqual([]);
  expect(staleChecks(directory, '2027-01-11').map((s) => s.what)).toEqual(['Green Seeds', 'phone 0700 000 001', 'ussd *123#', 'Town Council', 'email allotments@garden.example']);
});

test('a list entry can be found by other names and by country, in the reader language', () => {
  const [shop] = directory.organisations;
  const link = organisationLink(shop!, 'fr');
  expect(link.href).toBe('/fr/directory/shops/green-seeds/');
  expect(link.filterText).toContain('GS');
  expect(link.filterText).toContain('KE');
  expect(link.note).toBe('Kenya');
  expect(countryHref('en', 'KE')).toBe('/en/directory/countries/ke/');
});
