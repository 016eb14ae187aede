// Whether a directory contact still appears on its source page. Numbers are compared by their
// digits, in national and international forms, whatever spaces, dashes, dots or brackets the page
// writes between them; USSD codes, e-mail and web addresses as written, without case.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Channel } from '../schemas/organisation.ts';

/** Channel types the watch can look for on a page; the others (an app, an office…) are described, not quoted. */
export const COMPARED_TYPES: readonly Channel['type'][] = ['phone', 'whatsapp', 'shortcode', 'ussd', 'email', 'web'];

/** The digit strings a number may be written as: +254722000000, 254722000000, 0722000000, 722000000, +254 (0)722…. */
export function numberForms(value: string, country: string | undefined): string[] {
  const digits = value.replace(/\D/g, '');
  const forms = new Set([digits]);
  const number = country ? parsePhoneNumberFromString(value, country as CountryCode) : undefined;
  if (number) {
    const national = number.nationalNumber;
    const domestic = number.format('NATIONAL').replace(/\D/g, '');
    forms.add(national).add(domestic).add(`${number.countryCallingCode}${national}`).add(`${number.countryCallingCode}0${national}`);
  }
  return [...forms].filter((form) => form.length >= 3);
}

/**
 * Runs of digits a page writes as one number: digits with spaces, dashes, dots, slashes-free
 * brackets and a leading + or 00 between them. Each run gives every stretch of its groups, so
 * "0722 000 000 9am" still holds 0722000000 and a changed digit never matches.
 */
function numberStretches(text: string): Set<string> {
  const stretches = new Set<string>();
  for (const run of text.match(/\+?[\d(][\d\s\-.()\u00a0]*\d/g) ?? []) {
    const groups = run.split(/[^\d]+/).filter(Boolean);
    for (let start = 0; start < groups.length; start++) {
      let joined = '';
      for (let end = start; end < groups.length; end++) {
        joined += groups[end];
        stretches.add(joined);
        if (joined.startsWith('00')) stretches.add(joined.slice(2)); // 00 254… is +254…
      }
    }
  }
  return stretches;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A page's text, prepared once for every contact looked for on it. */
export function pageIndex(text: string) {
  const stretches = numberStretches(text);
  const lower = text.toLowerCase();
  const compact = text.replace(/\s+/g, '');
  return {
    hasNumber: (forms: string[]) => forms.some((form) => stretches.has(form)),
    hasUssd: (code: string) => new RegExp(`(?<![\\d*#])${escape(code.replace(/\s+/g, ''))}`).test(compact),
    hasWords: (words: string) => {
      const wanted = words.toLowerCase().trim();
      return new RegExp(`(?<![\\w.@-])${escape(wanted)}(?![\\w@-]|\\.\\w)`).test(lower);
    },
  };
}

export type PageIndex = ReturnType<typeof pageIndex>;

/** True when the channel's value is on the page, undefined for a type the watch does not compare. */
export function channelOnPage(channel: Pick<Channel, 'type' | 'value' | 'country'>, page: PageIndex): boolean | undefined {
  switch (channel.type) {
    case 'phone':
    case 'whatsapp':
    case 'shortcode':
      return page.hasNumber(numberForms(channel.value, channel.type === 'shortcode' ? undefined : channel.country));
    case 'ussd':
      return page.hasUssd(channel.value);
    case 'email':
      return page.hasWords(channel.value);
    case 'web': {
      const url = new URL(channel.value);
      const bare = `${url.host}${url.pathname}`.replace(/\/$/, '');
      return page.hasWords(channel.value.replace(/\/$/, '')) || page.hasWords(bare) || page.hasWords(bare.replace(/^www\./, ''));
    }
    default:
      return undefined;
  }
}
