// What a screen file may say: content/data/screens/<id>.yaml describes one screen a reader may see on
// their device, as a stack of drawn elements. A word drawn on it names the page it was seen on; a
// part of the screen whose words nobody quoted is drawn as a shape (grey lines, a box), never as text.
import { z } from '../schemas/zod.ts';

/** Elements that carry words: the words as quoted from their source. */
export const WORD_ELEMENTS = ['title', 'message', 'button'] as const;
/** Elements that are only shapes; `lines` and `apps` take a number, the rest nothing. */
export const SHAPE_ELEMENTS = ['lines', 'name', 'padlock', 'keypad', 'dots', 'pattern', 'field', 'call', 'sim', 'no-signal', 'apps', 'badge', 'account'] as const;
const ALL_ELEMENTS: readonly string[] = [...WORD_ELEMENTS, ...SHAPE_ELEMENTS];

/** A name written in square brackets ("[provider]") stands for text that differs on every device: drawn as a grey box. */
export const PLACEHOLDER = /\[[^\]\s][^\]]*\]/g;

export type ElementKind = (typeof WORD_ELEMENTS)[number] | (typeof SHAPE_ELEMENTS)[number];
/** One drawn element: its words and their source when it has words, how many of it (`lines`, `apps`). */
export interface ScreenElement {
  kind: ElementKind;
  text?: string;
  source?: string;
  count: number;
}

const https = z.url({ protocol: /^https$/, error: 'must be an https address' });

/** One element as written: `- padlock`, `- lines: 3`, or `- title: "Words"` with `source:` under it. */
const elementSchema = z.union([z.string(), z.record(z.string(), z.unknown())]).transform((raw, ctx): ScreenElement => {
  const fields = typeof raw === 'string' ? { [raw]: null } : raw;
  const names = Object.keys(fields).filter((key) => key !== 'source');
  const kind = names[0] ?? '';
  const fail = (message: string, path: PropertyKey[] = []): ScreenElement => {
    ctx.addIssue({ code: 'custom', path, message });
    return { kind: 'name', count: 1 };
  };
  if (names.length !== 1) return fail(`names ${names.length} elements: write one element per list item (${ALL_ELEMENTS.join(', ')})`);
  if (!ALL_ELEMENTS.includes(kind)) return fail(`"${kind}" is not an element a screen can draw — use one of ${ALL_ELEMENTS.join(', ')}`, [kind]);
  const value = fields[kind];
  if ((WORD_ELEMENTS as readonly string[]).includes(kind) && !(kind === 'button' && value === null)) {
    if (typeof value !== 'string' || !value.trim()) return fail('the words this element shows are missing', [kind]);
    const source = https.safeParse(fields.source);
    if (fields.source === undefined) return fail('a word drawn on a screen needs the page that quotes it — add `source:` with its https address; a word no page quotes is drawn as `lines` instead', ['source']);
    if (!source.success) return fail('must be an https address', ['source']);
    if (kind === 'button' && /\]\s*\S/.test(value)) return fail('on a button, a [name] can only come last', [kind]);
    return { kind: kind as ElementKind, text: value.trim(), source: source.data, count: 1 };
  }
  if (fields.source !== undefined) return fail('only an element with words has a source', ['source']);
  if (kind === 'lines' || kind === 'apps') {
    const count = z.int().min(1).max(kind === 'lines' ? 6 : 9).safeParse(value);
    if (!count.success) return fail(`takes how many to draw, a whole number from 1 to ${kind === 'lines' ? 6 : 9}`, [kind]);
    return { kind, count: count.data };
  }
  if (value !== null && value !== undefined) return fail('takes no value: write it alone, as `- ' + kind + '`', [kind]);
  return { kind: kind as ElementKind, count: 1 };
});

export const screenSchema = z
  .object({
    /** What the reader calls this screen, in the source language: the grid's link text. */
    label: z.string().trim().min(1).max(60),
    /** The article about it, as "<section>/<slug>": the grid links there, and that page may show it. */
    page: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'is "<section>/<slug>" of an article, as "basics/soil"'),
    /** Its place in the grid, smallest first. */
    order: z.int().min(1),
    /** Where the look of this screen is described. */
    sources: z.array(https).min(1, 'every screen lists at least one page that describes it'),
    elements: z.array(elementSchema).min(1),
  })
  .strict();

export type ScreenData = z.output<typeof screenSchema>;

/** content/<lang>/data/screens/<id>.yaml: each text of the screen file (its label and words) in that language. */
export const screenTranslationSchema = z
  .object({
    status: z.enum(['machine-assisted', 'reviewed']),
    text: z.record(z.string(), z.string().trim().min(1, 'is empty: write the translation')),
  })
  .strict();
