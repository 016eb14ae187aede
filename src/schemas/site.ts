import { z } from './zod.ts';

function isRegExp(source: string): boolean {
  try {
    new RegExp(source, 'iu');
    return true;
  } catch {
    return false;
  }
}

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes');
const languageCode = z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'use a language code such as "en" or "pt-BR"');

/** content/site.yaml: what the whole site is made of. */
export const siteSchema = z
  .object({
    /** A short name for files the engine writes, such as bundle/<id>-en.zip. */
    id: slug.default('site'),
    url: z.url({ protocol: /^https$/, error: 'must be the https address the site is published at' }),
    defaultLanguage: languageCode,
    languages: z
      .array(
        z.object({
          code: languageCode,
          name: z.string().min(1), // the language's name in itself: "Kiswahili", not "Swahili"
          dir: z.enum(['ltr', 'rtl']).default('ltr'),
        }),
      )
      .min(1),
    sections: z.array(slug).min(1),
    /** Who publishes the site: named at the foot of every page and on the booklet's cover. */
    publisher: z
      .object({
        name: z.string().min(1),
        /** How a reader reaches the publisher, as it should be printed: a phone number, an address. */
        contact: z.string().min(1).optional(),
        url: z.url({ protocol: /^https$/, error: 'must be an https address' }).optional(),
      })
      .strict()
      .optional(),
    /** The optional parts, each on unless turned off. The directory is on when `directory` is set. */
    parts: z
      .object({
        /** PDF handouts and a booklet per language, printed with Chromium. */
        pdf: z.boolean().default(true),
        /** Folder and zip copies of the site for USB sticks (`npm run bundle`). */
        bundle: z.boolean().default(true),
      })
      .strict()
      .default({ pdf: true, bundle: true }),
    /** The directory of organisations, when the site has one: content/data/<kind>/<id>.yaml. */
    directory: z
      .object({
        kinds: z.array(slug.refine((kind) => kind !== 'countries', '"countries" is taken by the country pages')).min(1),
        /** Extra facts an organisation may carry, each with its allowed values (named per language). */
        attributes: z.record(slug, z.array(slug).min(1)).default({}),
        /**
         * Only these countries (ISO codes), as in a local edition: organisations working elsewhere are
         * left out, and so are the other countries' channels and pages of those that stay.
         */
        countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'use ISO country codes such as KE')).min(1).optional(),
      })
      .strict()
      .optional(),
    /** Text no article may contain; checked on every article's source at build time. */
    forbidden: z
      .array(
        z.object({
          pattern: z.string().min(1).refine(isRegExp, 'is not a valid regular expression'),
          reason: z.string().min(1),
        }),
      )
      .default([]),
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
