import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { SLUG } from '../core/hrefs.ts';
import { z } from './zod.ts';

function isRegExp(source: string): boolean {
  try {
    new RegExp(source, 'iu');
    return true;
  } catch {
    return false;
  }
}

/** Addresses the engine's own pages take in every language: no section may have these names. */
const ENGINE_PAGES = ['a-z', 'directory', 'offline', 'download'];

/** A number written with its country code, so a reader anywhere can reach it. */
const internationalNumber = z
  .string()
  .refine((value) => value.trim().startsWith('+') && parsePhoneNumberFromString(value)?.isValid() === true, {
    error: (issue) => `"${String(issue.input)}" is not a phone number in international form, such as "+254 722 000 000"`,
  });

const slug = z.string().regex(SLUG, 'use lower-case letters, digits and dashes');
const languageCode = z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'use a language code such as "en" or "pt-BR"');

/**
 * content/site.yaml: what the whole site is made of. The descriptions below are also the help an
 * editor shows while writing the file (src/schemas/site.schema.json, from `npm run site-schema`).
 */
export const siteSchema = z
  .object({
    id: slug.default('site').describe('A short name for the files the engine writes, such as bundle/<id>-en.zip.'),
    url: z
      .url({ protocol: /^https$/, error: 'must be the https address the site is published at' })
      .describe('The https address the site is published at: QR codes and printed links use it.'),
    defaultLanguage: languageCode.describe('The source language: a page not yet translated is shown in it.'),
    languages: z
      .array(
        z.object({
          code: languageCode,
          name: z.string().min(1).describe('The language named in itself: "Kiswahili", not "Swahili".'),
          dir: z.enum(['ltr', 'rtl']).default('ltr').describe('rtl for a right-to-left script such as Arabic.'),
          iso639_3: z
            .string()
            .regex(/^[a-z]{3}$/, 'use a three-letter ISO 639-3 code such as "eng"')
            .optional()
            .describe("The language's three-letter ISO 639-3 code, which its Kiwix file names; needed only where the engine does not know it."),
        }),
      )
      .min(1)
      .describe('Every language of the site, in the order the language chooser lists them.'),
    sections: z
      .array(slug.refine((section) => !ENGINE_PAGES.includes(section), `is taken by the engine's own pages (${ENGINE_PAGES.join(', ')})`))
      .min(1)
      .describe('The sections in reading order; each is a folder in every language.'),
    publisher: z
      .object({
        name: z.string().min(1),
        contact: z.string().min(1).optional().describe('How a reader reaches the publisher, as it should be printed: a phone number, an address.'),
        url: z.url({ protocol: /^https$/, error: 'must be an https address' }).optional(),
        corrections: z
          .object({
            email: z.email({ error: 'is not an e-mail address' }).optional().describe('An e-mail address: the link opens a message with a subject and text filled in.'),
            sms: internationalNumber.optional().describe('A phone number for text messages, with its country code (+254 …): the link opens a text message.'),
            whatsapp: internationalNumber.optional().describe('A WhatsApp number, with its country code (+254 …): the link opens a WhatsApp chat (wa.me).'),
          })
          .strict()
          .refine((way) => [way.email, way.sms, way.whatsapp].filter(Boolean).length === 1, 'give one way: email, sms or whatsapp')
          .optional()
          .describe(
            'Where readers report a wrong contact: "Wrong number? Tell us" beside every contact of the directory opens it, with the organisation, the contact and the page filled in. The site itself sends and stores nothing. Give one way: the one someone reads.',
          ),
      })
      .strict()
      .optional()
      .describe("Who publishes the site: named at the foot of every page and on the booklet's cover."),
    license: z
      .string()
      .min(1)
      .optional()
      .describe('The licence readers may copy and share the guide under, such as "CC BY-SA 4.0": shown with the downloads and written into the e-book.'),
    parts: z
      .object({
        pdf: z.boolean().default(true).describe('PDF handouts (pages with handout: true) and a booklet per language, printed with Chromium.'),
        bundle: z.boolean().default(true).describe('Folder and zip copies of the site for USB sticks (npm run bundle).'),
        html: z.boolean().default(true).describe('The whole guide of each language as one HTML file, to send over WhatsApp or Bluetooth.'),
        epub: z.boolean().default(true).describe('An EPUB e-book of each language, in the booklet\'s reading order.'),
        zim: z.boolean().default(true).describe("A Kiwix file (ZIM) of each language, made with Debian's zimwriterfs (apt-get install zim-tools)."),
        previews: z.boolean().default(true).describe('Share-preview images (one per language and section, printed with Chromium) that WhatsApp and others show with a shared link.'),
      })
      .strict()
      .default({ pdf: true, bundle: true, html: true, epub: true, zim: true, previews: true })
      .describe('The optional parts, each on unless turned off here. The directory is on when "directory" is set.'),
    directory: z
      .object({
        kinds: z
          .array(slug.refine((kind) => kind !== 'countries', '"countries" is taken by the country pages'))
          .min(1)
          .describe('The kinds of organisation, each a folder: content/data/<kind>/<id>.yaml.'),
        attributes: z
          .record(slug, z.array(slug).min(1))
          .default({})
          .describe('Extra facts an organisation may carry, each with its allowed values (named per language).'),
        countries: z
          .array(z.string().regex(/^[A-Z]{2}$/, 'use ISO country codes such as KE'))
          .min(1)
          .optional()
          .describe("Only these countries, as in a local edition: organisations working elsewhere are left out, and so are the other countries' channels and pages."),
      })
      .strict()
      .optional()
      .describe('The directory of organisations, when the site has one.'),
    forbidden: z
      .array(
        z.object({
          pattern: z.string().min(1).refine(isRegExp, 'is not a valid regular expression').describe('A regular expression, matched without regard to case.'),
          reason: z.string().min(1).describe('Why: the build and the check show it with the file and line.'),
        }),
      )
      .default([])
      .describe('Text no page may contain.'),
  })
  .strict()
  .superRefine((site, ctx) => {
    if (!site.languages.some((l) => l.code === site.defaultLanguage)) {
      ctx.addIssue({ code: 'custom', path: ['defaultLanguage'], message: `"${site.defaultLanguage}" is not in languages` });
    }
  });

const titled = z.object({ title: z.string().min(1), summary: z.string().min(1) }).strict();
const link = z.object({ label: z.string().min(1), href: z.string().startsWith('/') }).strict();

/** Requires one entry per key, so a language that misses a name fails naming the key. */
const everyKey = <T extends z.ZodType>(keys: string[], value: T) =>
  z.object(Object.fromEntries(keys.map((key) => [key, value]))).strict() as unknown as z.ZodType<Record<string, z.output<T>>>;

const directoryWords = (directory: NonNullable<Site['directory']>) =>
  z
    .object({
      title: z.string().min(1),
      summary: z.string().min(1),
      /** Each kind's name, and the links every page of that kind ends with (what to do next). */
      kinds: everyKey(directory.kinds, titled.extend({ next: z.array(link).default([]) })),
      attributes: z
        .object(
          Object.fromEntries(
            Object.entries(directory.attributes).map(([attribute, values]) => [
              attribute,
              z.object({ label: z.string().min(1), values: everyKey(values, z.string().min(1)) }).strict(),
            ]),
          ),
        )
        .strict() as unknown as z.ZodType<Record<string, { label: string; values: Record<string, string> }>>,
    })
    .strict();

/** content/<lang>/site.yaml: the words of one language's edition. */
export const languageSiteSchema = (sections: string[], directory?: Site['directory']) =>
  z
    .object({
      title: z.string().min(1).max(60),
      tagline: z.string().min(1).max(120),
      home: z.object({
        lead: z.array(z.string().min(1)).min(1),
        actions: z.array(link).min(1),
      }),
      sections: everyKey(sections, titled),
      directory: directory ? directoryWords(directory) : z.never({ error: 'site.yaml has no directory' }).optional(),
    })
    .strict();

export type Site = z.output<typeof siteSchema>;
export type LanguageSite = z.output<ReturnType<typeof languageSiteSchema>>;
