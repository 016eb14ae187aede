import { z } from 'astro/zod';

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

/** content/<lang>/site.yaml: the words of one language's edition. */
export const languageSiteSchema = (sections: string[]) =>
  z
    .object({
      title: z.string().min(1).max(60),
      tagline: z.string().min(1).max(120),
      home: z.object({
        lead: z.array(z.string().min(1)).min(1),
        actions: z.array(z.object({ label: z.string().min(1), href: z.string().startsWith('/') })).min(1),
      }),
      sections: z.object(Object.fromEntries(sections.map((id) => [id, z.object({ title: z.string().min(1), summary: z.string().min(1) })]))).strict(),
    })
    .strict();

export type Site = z.output<typeof siteSchema>;
export type LanguageSite = z.output<ReturnType<typeof languageSiteSchema>>;
