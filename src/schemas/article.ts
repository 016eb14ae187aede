import { z } from './zod.ts';
import { pastDay } from './date.ts';

/** Front matter of every article: content/<lang>/<section>/<slug>.mdx */
export const articleSchema = (sections: [string, ...string[]]) =>
  z
    .object({
      title: z.string().min(1).max(80),
      summary: z.string().min(1).max(200),
      section: z.enum(sections),
      order: z.int().min(1),
      updated: pastDay,
      sources: z
        .array(
          z.object({
            title: z.string().min(1),
            url: z.url({ protocol: /^https$/, error: 'must be an https address' }),
          }),
        )
        .min(1, 'every article lists at least one source'),
      keywords: z.array(z.string().min(1)).default([]),
      /** Also printed on its own as a PDF handout of one or two pages. */
      handout: z.boolean().default(false),
      /** Opens with the grid of every screen drawing (content/data/screens/), each a link to its page. */
      screenGrid: z.boolean().default(false),
      translation: z
        .object({
          status: z.enum(['source', 'machine-assisted', 'reviewed']),
          follows: pastDay.optional(), // the source-language `updated` date this translation was made from
          by: z.string().min(1).optional(), // who reviewed it
          on: pastDay.optional(), // the day they did
          longer: z.string().min(1).optional(), // why it needs more than 1.4 times the source's words
          regrouped: z.string().min(1).optional(), // why its ## headings differ from the source's (a glossary in its own alphabet)
        })
        .strict()
        .default({ status: 'source' }),
    })
    .strict()
    .superRefine((article, ctx) => {
      if (article.translation.status !== 'source' && !article.translation.follows) {
        ctx.addIssue({ code: 'custom', path: ['translation', 'follows'], message: "a translation names the source's `updated` date it was made from" });
      }
      for (const field of ['by', 'on'] as const) {
        if (article.translation.status === 'reviewed' && !article.translation[field]) {
          ctx.addIssue({ code: 'custom', path: ['translation', field], message: field === 'by' ? 'a reviewed translation names who checked it' : 'a reviewed translation gives the day it was checked' });
        }
      }
    });

export type ArticleData = z.output<ReturnType<typeof articleSchema>>;
