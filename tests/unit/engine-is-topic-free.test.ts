// The engine in src/ must serve any organisation's guide: words of this guide's topic (phones
// locked by lenders) belong in content/, never in the engine's code, styles or interface words.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

/** The topic's words in the engine's six languages; "phone" is not one: it is the reader's device. */
const TOPIC_WORDS = [
  /\block(s|ed|ing)?\b(?!guide)/i, // "lockguide:" names the engine's integrations
  /\bunlock/i,
  /\blender/i,
  /\bloans?\b/i,
  /\bcredit\b/i,
  /\bfinanc(e|ed|ing)\b/i,
  /\binstal+ments?\b/i,
  /\b(imei|frp|blacklist(ed|ing)?)\b/i,
  /\b(payjoy|m-kopa|knox|samsung|xiaomi|safaricom|lipa mdogo)\b/i,
  /\b(mkopo|mikopo|wakopeshaji|imefungwa|kufungua)\b/i, // Kiswahili
  /\b(prêteurs?|crédit|verrouill\w*|déverrouill\w*)/i, // French
  /\b(financieras?|préstamos?|bloquead[oa]s?|desbloque\w*)\b/i, // Spanish
  /\b(financeiras?|empréstimos?|bloqueados?|desbloque\w*)\b/i, // Portuguese
  /(लोन|ऋण|लॉक|कर्ज़)/, // Hindi
];

function engineFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

test('no file in src/ uses a word of the guide’s topic', () => {
  const found: string[] = [];
  for (const file of engineFiles('src')) {
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const word = TOPIC_WORDS.map((w) => w.exec(line)?.[0]).find(Boolean);
        if (word) found.push(`${file}:${i + 1}: "${word}"`);
      });
  }
  expect(found).toEqual([]);
});

test('the check finds a topic word where there is one', () => {
  expect(TOPIC_WORDS.some((w) => w.test('This device is locked due to an overdue installment payment'))).toBe(true);
  expect(TOPIC_WORDS.some((w) => w.test('"name": "lockguide:offline", display: block'))).toBe(false);
});
