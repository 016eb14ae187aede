// How the directory is shown: names of countries, numbers to dial, where a channel's link goes, an
// organisation as lists show it, and where "Wrong number? Tell us" leads.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Channel } from '../schemas/organisation.ts';
import type { LinkItem } from '../components/link-item.ts';
import type { Organisation } from './load.ts';
import { sourceLanguageOf, type Localised } from './translations.ts';
import { organisationHref } from '../core/hrefs.ts';
import type { Site } from '../schemas/site.ts';
import { fill } from '../i18n/format.ts';

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

/** Where a reader reports a wrong contact, as site.yaml gives it: e-mail, SMS or WhatsApp. */
type Corrections = NonNullable<NonNullable<Site['publisher']>['corrections']>;

/** What a report of a wrong contact says, in the reader's language. */
interface CorrectionWords {
  /** Its subject, with {organisation}. */
  wrongContactSubject: string;
  /** Its text, with {organisation}, {channel} and {page}; lines end with \n. */
  wrongContactBody: string;
}

/**
 * The link "Wrong number? Tell us" follows: a message to the publisher with the organisation, the
 * contact ("Phone: 0722 000 000") and the page filled in. The reader's own app sends it, or not.
 */
export function correctionHref(to: Corrections, about: { organisation: string; channel: string; page: string }, words: CorrectionWords): string {
  const body = fill(words.wrongContactBody, about);
  if (to.email) {
    // RFC 6068: line breaks in a mailto body are CRLF, every reserved character %-escaped.
    const subject = encodeURIComponent(fill(words.wrongContactSubject, about));
    return `mailto:${to.email}?subject=${subject}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
  }
  const number = parsePhoneNumberFromString(to.sms ?? to.whatsapp!)!.number; // +254722000000: validated by the schema
  return to.sms ? `sms:${number}?body=${encodeURIComponent(body)}` : `https://wa.me/${number.slice(1)}?text=${encodeURIComponent(body)}`;
}

/**
 * Said once by `npm run check`, as a warning on site.yaml, when the directory's contacts get no
 * "Wrong number? Tell us" link: the field that is missing, and why it matters.
 */
export function correctionsNotice(site: Pick<Site, 'directory' | 'publisher'>): { field: string; message: string; fix: string } | undefined {
  if (!site.directory || site.publisher?.corrections) return undefined;
  return {
    field: site.publisher ? 'publisher.corrections' : 'publisher',
    message: 'missing, so directory pages have no "Wrong number? Tell us" link',
    fix: 'add "corrections" with an email, sms or whatsapp under "publisher" (docs/authoring.md, "Checking the sources")',
  };
}
