// A contact's number is checked for its country: the right length is not enough, and a valid number
// of another country is not a number of this one.
import { describe, expect, test } from 'vitest';
import { channel, countryCode, organisationSchema } from '../../../src/schemas/organisation.ts';

const base = { purpose: 'contact', source: 'https://lender.example/contact', checked: '2026-11-25' };
const problems = (fields: Record<string, string>) => {
  const result = channel.safeParse({ ...base, ...fields });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

test('a valid number of its country passes', () => {
  expect(problems({ type: 'phone', value: '0712 345 678', country: 'KE' })).toEqual([]);
  expect(problems({ type: 'whatsapp', value: '0803 123 4567', country: 'NG' })).toEqual([]);
});

test('a number too short for its country fails', () => {
  expect(problems({ type: 'phone', value: '0712 34', country: 'KE' })).toEqual(['value: "0712 34" is not a valid phone number in KE']);
});

test('a number of the right length that no Kenyan number starts with fails, for a call or a WhatsApp chat', () => {
  expect(problems({ type: 'phone', value: '0912 345 678', country: 'KE' })).toEqual(['value: "0912 345 678" is not a valid phone number in KE']);
  expect(problems({ type: 'whatsapp', value: '0912 345 678', country: 'KE' })).toEqual(['value: "0912 345 678" is not a valid phone number in KE']);
});

test('a valid number of another country fails, naming both countries', () => {
  expect(problems({ type: 'phone', value: '+234 803 123 4567', country: 'KE' })).toEqual([
    'value: "+234 803 123 4567" is a number of +234 (NG), not of KE (+254): check the number, or give the channel its own country',
  ]);
});

test('a value left out, or written as a number, is told so', () => {
  expect(problems({ type: 'phone', country: 'KE' })).toEqual(['value: is missing']);
  expect(channel.safeParse({ ...base, type: 'shortcode', value: 100, country: 'KE' }).error?.issues[0]?.message).toBe('must be text: put it in quotes');
});

test('a phone or WhatsApp number needs its country to be read', () => {
  expect(problems({ type: 'whatsapp', value: '0712 345 678' })).toEqual(['country: is needed to read a whatsapp number']);
});

test('USSD codes and short codes have their own shapes', () => {
  expect(problems({ type: 'ussd', value: '*544#', country: 'KE' })).toEqual([]);
  expect(problems({ type: 'ussd', value: '544#', country: 'KE' })).toEqual(['value: "544#" is not a USSD code: it starts with * and ends with #, such as *544#']);
  expect(problems({ type: 'shortcode', value: '100', country: 'KE' })).toEqual([]);
  expect(problems({ type: 'shortcode', value: '1234567', country: 'KE' })).toEqual(['value: "1234567" is not a short code (3 to 6 digits)']);
});

test('a short code may be written with spaces; a USSD code is whole, nothing before or after', () => {
  expect(problems({ type: 'shortcode', value: '100 200', country: 'KE' })).toEqual([]);
  expect(problems({ type: 'shortcode', value: '100' })).toEqual(['country: is needed to read a shortcode number']);
  expect(problems({ type: 'phone', value: '0712 345 678' })).toEqual(['country: is needed to read a phone number']);
  expect(problems({ type: 'ussd', value: 'x*544#' })).toHaveLength(1);
  expect(problems({ type: 'ussd', value: '*544#x' })).toHaveLength(1);
});

test('an e-mail address and a web address are checked too', () => {
  expect(problems({ type: 'email', value: 'help@lender.example' })).toEqual([]);
  expect(problems({ type: 'email', value: 'help at lender' })).toEqual(['value: "help at lender" is not an e-mail address']);
  expect(problems({ type: 'web', value: 'https://lender.example/help' })).toEqual([]);
  expect(problems({ type: 'web', value: 'http://lender.example/help' })).toEqual(['value: "http://lender.example/help" must be an https address']);
  expect(problems({ type: 'app', value: 'Lender app, Help' })).toEqual([]); // no shape to check
});

test('a country code is two capital letters of a country that exists', () => {
  for (const code of ['KE', 'PH', 'BR']) expect(countryCode.safeParse(code).success, code).toBe(true);
  for (const code of ['ke', 'KEN', 'Kenya', 'XKE', 'KEX', 'ZZ']) expect(countryCode.safeParse(code).success, code).toBe(false);
});

describe('an organisation', () => {
  const schema = () => organisationSchema({ sells: ['phones', 'loans'] }); // made in each test: a mutation test changes the code per run
  const org = {
    name: 'A lender',
    countries: ['KE'],
    summary: 'Sells phones on credit.',
    sources: [{ title: 'Its site', url: 'https://lender.example/' }],
    checked: '2026-11-25',
  };
  const issues = (fields: Record<string, unknown>) => {
    const result = schema().safeParse({ ...org, ...fields });
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  test('has no aliases, attributes, facts or contacts unless it gives them', () => {
    expect(schema().parse(org)).toEqual(expect.objectContaining({ aliases: [], attributes: {}, facts: [], channels: [] }));
  });

  test('lists at least one source, and an attribute at least one value', () => {
    expect(issues({ sources: [] })).toEqual(['sources: every organisation lists at least one source']);
    expect(issues({ attributes: { sells: [] } })).toHaveLength(1);
    expect(issues({ attributes: { sells: ['phones', 'loans'] } })).toEqual([]);
    expect(issues({ attributes: { sells: ['cars'] } })).toHaveLength(1);
  });

  test("a contact's country must be one of the organisation's", () => {
    const contact = { ...base, type: 'phone', value: '0803 123 4567', country: 'NG' };
    expect(issues({ channels: [contact] })).toEqual(["channels.0.country: NG is not in this organisation's countries (KE)"]);
    expect(issues({ countries: ['KE', 'NG'], channels: [contact] })).toEqual([]);
    expect(issues({ countries: ['KE', 'UG'], channels: [contact] })).toEqual(["channels.0.country: NG is not in this organisation's countries (KE, UG)"]);
  });
});
