// How the directory is shown: names of countries, numbers to dial, where a channel's link goes, and
// an organisation as lists show it.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Channel } from '../schemas/organisation.ts';
import type { LinkItem } from '../components/link-item.ts';
import type { Organisation } from './load.ts';
import { sourceLanguageOf, type Localised } from './translations.ts';
import { organisationHref } from '../core/hrefs.ts';

export function countryName(code: string, lang: string): string {
  return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
}

/**
 * The number a phone should dial for a value the schema has already validated: E.164 (+254…),
 * except toll-free and shared-cost numbers, which often work only when dialled inside the country.
 */
export function dialledNumber(value: string, country: string): string {
  const number = parsePhoneNumberFromString(value, country as CountryCode)!;
  const domesticOnly = ['TOLL_FREE', 'SHARED_COST', 'UAN'].includes(number.getType() ?? '');
  return domesticOnly ? number.format('NATIONAL').replace(/\D/g, '') : number.number;
}

/** Where a channel's link goes, for the channels a phone or browser can open. */
export function channelHref(channel: Channel): string | undefined {
  switch (channel.type) {
    case 'phone':
      return `tel:${dialledNumber(channel.value, channel.country!)}`;
    case 'whatsapp':
      return `https://wa.me/${parsePhoneNumberFromString(channel.value, channel.country as CountryCode)!.number.slice(1)}`;
    case 'shortcode':
      return `tel:${channel.value.replace(/\s/g, '')}`;
    case 'email':
      return `mailto:${channel.value}`;
    case 'web':
      return channel.value;
    default:
      return undefined; // a USSD code, an app, an office: shown as text to dial, open or visit
  }
}

/** Organisations sorted by name in the reader's language. */
export function byName(organisations: Organisation[], lang: string): Organisation[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return [...organisations].sort((a, b) => collator.compare(a.name, b.name));
}

/** How an organisation appears in lists: its name, summary and the words a filter may match. */
export function organisationLink(org: Organisation | Localised<Organisation>, lang: string): LinkItem {
  const countries = org.countries.map((code) => countryName(code, lang));
  return {
    href: organisationHref(lang, org),
    title: org.name,
    summary: org.summary,
    summaryLanguage: sourceLanguageOf(org, org.summary),
    note: countries.join(', '),
    filterText: [org.name, ...org.aliases, ...countries, ...org.countries].join(' '),
  };
}
