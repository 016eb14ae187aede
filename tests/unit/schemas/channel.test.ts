// A contact's number is checked for its country: the right length is not enough, and a valid number
// of another country is not a number of this one.
import { expect, test } from 'vitest';
import { channel } from '../../../src/schemas/organisation.ts';

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

test('a number of the right length that no Kenyan number starts with fails', () => {
  expect(problems({ type: 'phone', value: '0912 345 678', country: 'KE' })).toEqual(['value: "0912 345 678" is not a valid phone number in KE']);
});

test('a valid number of another country fails, naming both countries', () => {
  expect(problems({ type: 'phone', value: '+234 803 123 4567', country: 'KE' })).toEqual([
    'value: "+234 803 123 4567" is a number of +234 (NG), not of KE (+254): check the number, or give the channel its own country',
  ]);
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
