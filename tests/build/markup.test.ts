// Every built page is valid HTML (html-validate, recommended rules less those in .htmlvalidate.json:
// ids may start with a digit as HTML allows; phone numbers keep their characters, CSS keeps them whole).
import fs from 'node:fs';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { expect, test } from 'vitest';
import { builtPages } from '../helpers/built-site.ts';

const validator = new HtmlValidate(JSON.parse(fs.readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData);

test('every page validates', async () => {
  const problems: string[] = [];
  for (const { path, html } of builtPages()) {
    const report = await validator.validateString(html, path);
    for (const result of report.results) for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
});
