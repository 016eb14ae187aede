import { z } from './zod.ts';
import { getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { pastDay } from './date.ts';

const https = z.url({ protocol: /^https$/, error: (issue) => (issue.input === undefined ? 'is missing' : 'must be an https address') });
const quotedText = z.string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text: put it in quotes') }).min(1);

export const countryCode = z
  .string()
  .refine((code) => /^[A-Z]{2}$/.test(code) && isSupportedCountry(code), {
    error: (issue) => `"${String(issue.input)}" is not an ISO 3166 country code (two capital letters, such as KE)`,
  });

/** A statement the page makes, with where it comes from; "reported" when only secondary sources say so. */
export const fact = z.object({ text: z.string().min(1), source: https, reported: z.boolean().default(false) }).strict();

export const CHANNEL_TYPES = ['phone', 'shortcode', 'whatsapp', 'ussd', 'email', 'web', 'app', 'office', 'mobile-money', 'agent', 'bank', 'store'] as const;
export const CHANNEL_PURPOSES = ['contact', 'pay', 'complain'] as const;

/**
 * One way to reach or pay an organisation, copied as its source shows it. Every channel names the
 * page it was seen on and the day it was checked there: a wrong number here can cost a reader money.
 */
export const channel = z
  .object({
    purpose: z.enum(CHANNEL_PURPOSES),
    type: z.enum(CHANNEL_TYPES),
    value: quotedText,
    country: countryCode.optional(),
    note: z.string().min(1).optional(), // what this channel is for, in the source's terms
    hours: z.string().min(1).optional(),
    source: https,
    checked: pastDay,
    warning: z.string().min(1).optional(), // shown beside the channel: dated, or seen on an uncertain page
  })
  .strict()
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const needsCountry = c.type === 'phone' || c.type === 'whatsapp' || c.type === 'shortcode';
    if (needsCountry && !c.country) issue('country', `is needed to read a ${c.type} number`);
    if ((c.type === 'phone' || c.type === 'whatsapp') && c.country) {
      const number = parsePhoneNumberFromString(c.value, c.country as CountryCode);
      if (!number?.isValid()) issue('value', `"${c.value}" is not a valid phone number in ${c.country}`);
      else if (number.countryCallingCode !== getCountryCallingCode(c.country as CountryCode)) {
        issue('value', `"${c.value}" is a number of +${number.countryCallingCode}${number.country ? ` (${number.country})` : ''}, not of ${c.country} (+${getCountryCallingCode(c.country as CountryCode)}): check the number, or give the channel its own country`);
      }
    }
    if (c.type === 'shortcode' && !/^\d{3,6}$/.test(c.value.replace(/\s/g, ''))) issue('value', `"${c.value}" is not a short code (3 to 6 digits)`);
    if (c.type === 'ussd' && !/^\*[0-9*]*#$/.test(c.value)) issue('value', `"${c.value}" is not a USSD code: it starts with * and ends with #, such as *544#`);
    if (c.type === 'email' && !z.email().safeParse(c.value).success) issue('value', `"${c.value}" is not an e-mail address`);
    if (c.type === 'web' && !https.safeParse(c.value).success) issue('value', `"${c.value}" must be an https address`);
  });

/** content/data/<kind>/<id>.yaml: any organisation the directory lists. */
export const organisationSchema = (attributes: Record<string, string[]>) =>
  z
    .object({
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)).default([]), // other names readers may know it by
      countries: z.array(countryCode).min(1),
      website: https.optional(), // only an official site; leave out when none was found
      summary: z.string().min(1).max(300),
      attributes: z
        .object(Object.fromEntries(Object.entries(attributes).map(([name, values]) => [name, z.array(z.enum(values as [string, ...string[]])).min(1).optional()])))
        .strict()
        .default({}),
      facts: z.array(fact).default([]),
      channels: z.array(channel).default([]),
      sources: z.array(z.object({ title: z.string().min(1), url: https }).strict()).min(1, 'every organisation lists at least one source'),
      checked: pastDay,
    })
    .strict()
    .superRefine((org, ctx) => {
      org.channels.forEach((c, i) => {
        if (c.country && !org.countries.includes(c.country)) {
          ctx.addIssue({ code: 'custom', path: ['channels', i, 'country'], message: `${c.country} is not in this organisation's countries (${org.countries.join(', ')})` });
        }
      });
    });

/** content/data/countries/<CC>.yaml: what the directory says about a country beyond its organisations. */
export const countrySchema = z
  .object({
    emergency: z.object({ number: quotedText, source: https, checked: pastDay }).strict().optional(),
    facts: z.array(fact).default([]),
  })
  .strict();

export type Channel = z.output<typeof channel>;
export type Fact = z.output<typeof fact>;
export type OrganisationData = z.output<ReturnType<typeof organisationSchema>>;
export type CountryData = z.output<typeof countrySchema>;
