// The parity check compares what a reader acts on: numbers however each language writes them, link
// targets in the reader's language, and the page's shape.
import { describe, expect, test } from 'vitest';
import { articleFacts, numbersIn, parityProblems, proseParityProblems } from '../../../src/check/parity.ts';
import { readMdx } from '../../../src/check/mdx-source.ts';

const values = (text: string) => numbersIn(text, 1).map((n) => n.value);

describe('numbers', () => {
  test('thousands and decimals written either way give the same digit groups', () => {
    expect(values('KES 1,500')).toEqual(values('KES 1.500'));
    expect(values('KES 1,500')).toEqual(values('KES 1 500'));
    expect(values('KES 1,500')).toEqual(['1', '500']);
  });

  test('a phone number keeps its leading zeros', () => {
    expect(values('0800 720 000')).toEqual(['0800', '720', '000']);
    expect(values('800 720 000')).not.toEqual(values('0800 720 000'));
  });

  test('Devanagari and Arabic-Indic digits read as the same numbers', () => {
    expect(values('४थे दिन, ७ दिन')).toEqual(['4', '7']);
    expect(values('٢٥٠ مل')).toEqual(['250']);
  });

  test('a time of day compares on a 12-hour clock however it is written', () => {
    for (const written of ['5:15 pm', '17:15', '17.15', '17 h 15', '17h15']) expect(values(written), written).toEqual(['5:15']);
    expect(values('9:30 am')).toEqual(['9:30']);
  });

  test('a thousands separator is not read as a time', () => {
    expect(values('2.500 reais')).toEqual(['2', '500']);
  });

  test('a USSD code gives its digit groups', () => {
    expect(values('dial *334#')).toEqual(['334']);
    expect(values('*544*1#')).toEqual(['544', '1']);
  });
});

const page = (body: string, lang = 'en') => articleFacts(readMdx(`---\ntitle: T\n---\n${body}`), lang, 'en');

describe('articles', () => {
  test('a translation with the same numbers, links and shape passes', () => {
    const en = page('## Pay\n\n1. Dial *334# and pay KES 1,500.\n2. Read [the steps](/en/get-unlocked/steps/#pay).\n\n- one\n- two\n\n> **Example.** Grace paid.\n');
    const sw = page('## Lipa\n\n1. Piga *334# ulipe KES 1.500.\n2. Soma [hatua](/sw/get-unlocked/steps/#lipa).\n\n- moja\n- mbili\n\n> **Mfano.** Grace alilipa.\n', 'sw');
    expect(parityProblems('sw.mdx', sw, 'en.mdx', en)).toEqual([]);
  });

  test('a changed digit names the line of each side', () => {
    const en = page('Call 0800 720 000.\n');
    const sw = page('Piga 0800 720 001.\n', 'sw');
    const texts = parityProblems('sw.mdx', sw, 'en.mdx', en).map((p) => p.text);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('000 (in "0800 720 000") is once in en.mdx (line 4), not here');
    expect(texts[1]).toMatch(/^line 4: the number 001/);
  });

  test('a number the source has written twice may be written more often, not less', () => {
    const en = page('On the 4th day it locks. Wait 4 hours.\n');
    expect(parityProblems('x', page('Siku ya 4 inafungwa "4th day". Subiri saa 4.\n', 'sw'), 'en', en)).toEqual([]);
    expect(parityProblems('x', page('Siku ya nne inafungwa. Subiri saa 4.\n', 'sw'), 'en', en)[0]!.text).toContain('the number 4 is twice in en (line 4), once here (line 4)');
  });

  test('link addresses and list markers are not numbers', () => {
    expect(page('1. Read [page 2](/en/a/b-2/) and ![x](/img/3.png).\n').numbers.map((n) => n.value)).toEqual(['2']);
  });

  test('links compare in the reader language, without anchors', () => {
    const en = page('[a](/en/help/glossary/#lender) [b](https://payjoy.com/) [c](#pay)\n');
    expect(parityProblems('x', page('[a](/fil/help/glossary/#nagpapautang-lender) [b](https://payjoy.com/) [c](#magbayad)\n', 'fil'), 'en', en)).toEqual([]);
    const texts = parityProblems('x', page('[a](/fil/help/faq/) [b](https://payjoy.com/ph/) [c](#magbayad)\n', 'fil'), 'en', en).map((p) => p.text);
    expect(texts).toEqual([
      expect.stringContaining('the link to /en/help/glossary/ is once in en (line 4), not here'),
      expect.stringContaining('the link to https://payjoy.com/ is once in en (line 4), not here'),
      expect.stringContaining('line 4: the link to /en/help/faq/ is not in en'),
      expect.stringContaining('line 4: the link to https://payjoy.com/ph/ is not in en'),
    ]);
  });

  test('each kind of block is counted: headings by level, list items, steps, > blocks, table rows', () => {
    const en = page('## A\n### B\n- x\n- y\n1. s\n2. t\n> **Example.** e\n> more\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
    const shape = Object.fromEntries([...en.shape].map(([kind, lines]) => [kind, lines.length]));
    expect(shape).toEqual({
      'level-2 headings (##)': 1,
      'level-3 headings (###)': 1,
      'level-4 headings (####)': 0,
      'list items (-)': 2,
      'numbered steps (1.)': 2,
      '> blocks (examples and warnings)': 1,
      'table rows': 2,
    });
  });

  test('a regrouped translation (a glossary in its own alphabet) may have other letter headings, not other terms', () => {
    const en = page('## A\n### Arrears\n## B\n### Bootloader\n');
    const sw = page('## B\n### Bootloader\n### Deni (arrears)\n', 'sw');
    expect(parityProblems('x', sw, 'en', en, true)).toEqual([]);
    expect(parityProblems('x', page('## B\n### Bootloader\n', 'sw'), 'en', en, true)[0]!.text).toContain('level-3 headings (###): 1 here');
  });
});

test('directory prose: each text against its own translation, on the line of the text', () => {
  const problems = proseParityProblems('sw/data/x.yaml', [
    { source: 'Open 9:30 am to 5:15 pm.', translation: 'Saa 09:30 hadi 17:15.', line: 3 },
    { source: 'Over 20,000 shops.', translation: 'Maduka zaidi ya 20 mil.', line: 4 },
  ]);
  expect(problems.map((p) => p.text)).toEqual([expect.stringMatching(/^line 4: the translation lacks 000 \(in "20,000"\) of the source text and has 20 mil|^line 4: the translation lacks 000 \(in "20,000"\)/)]);
});

test('pictures are not compared: a translation may show its own', () => {
  const en = page('![A tray](./tray.png)\n');
  expect(parityProblems('x', page('Picha.\n', 'sw'), 'en', en)).toEqual([]);
});
