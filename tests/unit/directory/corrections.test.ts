// "Wrong number? Tell us": the link opens the publisher's e-mail, SMS or WhatsApp with the
// organisation, the contact and the page filled in, every character correctly escaped.
import { describe, expect, it } from 'vitest';
import { correctionHref } from '../../../src/directory/present.ts';
import { siteSchema } from '../../../src/schemas/site.ts';

const words = {
  wrongContactSubject: 'Wrong contact: {organisation}',
  wrongContactBody: 'Organisation: {organisation}\nContact: {channel}\nPage: {page}\nWhat I found: ',
};
const about = { organisation: 'Smith & Sons #1 (Kenya)', channel: 'Phone: +254 722 000 000', page: 'https://garden-club.org/en/directory/shops/smith/?a=b' };
const body = 'Organisation: Smith & Sons #1 (Kenya)\nContact: Phone: +254 722 000 000\nPage: https://garden-club.org/en/directory/shops/smith/?a=b\nWhat I found: ';

describe('correctionHref', () => {
  it('writes a mailto: link whose subject and body read back whole, lines ending in CRLF', () => {
    const href = correctionHref({ email: 'club@garden-club.org' }, about, words);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('club@garden-club.org');
    expect(href).not.toMatch(/\s|#/); // spaces, line breaks and the name's # are escaped
    expect(href.match(/[?&]/g)).toEqual(['?', '&']); // the & and ? of the text too
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']); // the & in the name did not split a parameter
    expect(decodeURIComponent(/subject=([^&]*)/.exec(href)![1]!)).toBe('Wrong contact: Smith & Sons #1 (Kenya)');
    expect(decodeURIComponent(/body=([^&]*)/.exec(href)![1]!)).toBe(body.replaceAll('\n', '\r\n'));
    expect(href).not.toContain('+'); // a + would read as a space in some mail apps
  });

  it('writes an sms: link to the number in international form, with the text as its body', () => {
    const href = correctionHref({ sms: '+254 722 000 000' }, about, words);
    expect(href).toMatch(/^sms:\+254722000000\?body=[^&?# ]+$/);
    expect(decodeURIComponent(href.split('?body=')[1]!)).toBe(body);
  });

  it('writes a wa.me link with the number as digits and the text as ?text=', () => {
    const href = correctionHref({ whatsapp: '+254 722 000 000' }, about, words);
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://wa.me/254722000000');
    expect([...url.searchParams.keys()]).toEqual(['text']);
    expect(url.searchParams.get('text')).toBe(body);
  });
});

describe('site.yaml publisher.corrections', () => {
  const base = { url: 'https://garden-club.org/', defaultLanguage: 'en', languages: [{ code: 'en', name: 'English' }], sections: ['basics'] };
  const problems = (corrections: unknown) => {
    const result = siteSchema.safeParse({ ...base, publisher: { name: 'Club', corrections } });
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('takes one way to write', () => {
    expect(problems({ email: 'club@garden-club.org' })).toEqual([]);
    expect(problems({ whatsapp: '+254 722 000 000' })).toEqual([]);
  });

  it('refuses none, two, a number without its country code, and a bad address, naming the field', () => {
    expect(problems({})).toEqual(['publisher.corrections: give one way: email, sms or whatsapp']);
    expect(problems({ email: 'club@garden-club.org', sms: '+254 722 000 000' })).toEqual(['publisher.corrections: give one way: email, sms or whatsapp']);
    expect(problems({ sms: '0722 000 000' })).toEqual(['publisher.corrections.sms: "0722 000 000" is not a phone number in international form, such as "+254 722 000 000"']);
    expect(problems({ email: 'club at garden' })).toEqual(['publisher.corrections.email: is not an e-mail address']);
  });
});
