// Flesch–Kincaid grade of English text, counted on what a reader reads: paragraphs, list items,
// table cells and quotes (headings are labels, not sentences, and are left out).
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { decodeEntities } from '../core/html.ts';

const UNIT = /<(p|li|td|th|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

function plainText(html: string): string {
  return decodeEntities(html.replace(/<[^>]+>/g, ' '))
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of each reading unit in an HTML fragment; nested lists give their own units. */
export function readingUnits(html: string): string[] {
  const withoutNested = html.replace(/<(ul|ol)\b[^>]*>/g, '</li><li>'); // a nested list ends its parent item's sentence
  return [...withoutNested.matchAll(UNIT)].map((m) => plainText(m[2]!)).filter((text) => HAS_WORD.test(text));
}

export type TextCounts = { sentence: number; word: number; syllable: number };

/** Each unit is at least one sentence: a list item without a full stop still ends where it ends. */
export function countText(units: string[]): TextCounts {
  const counts = { sentence: 0, word: 0, syllable: 0 };
  for (const unit of units) {
    for (const sentence of unit.split(/[.!?]+(?:\s|$)/)) {
      const words = sentence.match(WORD) ?? [];
      if (words.length === 0) continue;
      counts.sentence += 1;
      counts.word += words.length;
      counts.syllable += words.reduce((sum, word) => sum + syllable(word), 0);
    }
  }
  return counts;
}

export function gradeLevel(units: string[]): number {
  const counts = countText(units);
  return counts.word === 0 ? 0 : fleschKincaid(counts);
}
