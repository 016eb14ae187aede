// Whether a contact is on its source page: numbers by their digits in any usual form, a changed
// digit never matching; USSD codes, e-mail and web addresses as whole words.
import { describe, expect, it } from 'vitest';
import { channelOnPage, pageIndex } from '../../../src/sources/contact-match.ts';
import { htmlText } from '../../../src/sources/page-text.ts';

const onPage = (type: 'phone' | 'whatsapp' | 'shortcode' | 'ussd' | 'email' | 'web' | 'app', value: string, text: string, country = 'KE') =>
  channelOnPage({ type, value, country }, pageIndex(text));

describe('phone numbers', () => {
  it.each([
    ['0722000000', 'Call +254 722 000 000 now'],
    ['+254 722 000 000', 'Call 0722000000 now'],
    ['0722 000 000', 'Call (0722) 000-000.'],
    ['0722 000 000', 'Call +254 (0) 722 000 000'],
    ['0722 000 000', 'Call 00254722000000'],
    ['0722 000 000', 'Call 0722.000.000'],
    ['0722 000 000', 'Lines: 0722 000 000 9am to 5pm'],
    ['0722 000 000', 'Lines: 0711 000 000 0722 000 000'],
  ])('%s is found in "%s"', (value, text) => {
    expect(onPage('phone', value, text)).toBe(true);
  });

  it.each([
    ['0722 000 000', 'Call 0722 000 001'],
    ['0722 000 000', 'Call 0722 000 0000'],
    ['0722 000 000', 'Call 722 000 00'],
    ['0722 000 000', 'No phone line.'],
  ])('%s is not found in "%s"', (value, text) => {
    expect(onPage('phone', value, text)).toBe(false);
  });

  it('a toll-free number in its national form', () => {
    expect(onPage('phone', '1800 001 428', 'Línea gratuita: 1800-001-428', 'EC')).toBe(true);
  });
});

describe('other channels', () => {
  it('a short code and a USSD code, not inside a longer one', () => {
    expect(onPage('shortcode', '100', 'Dial 100 for help')).toBe(true);
    expect(onPage('ussd', '*544#', 'Dial * 544 # to pay')).toBe(true);
    expect(onPage('ussd', '*544#', 'Dial *1544# to pay')).toBe(false);
    expect(onPage('ussd', '*544#', 'Dial *545# to pay')).toBe(false);
  });

  it('an e-mail address without case, not as part of another', () => {
    expect(onPage('email', 'help@shop.example', 'Write to Help@Shop.example.')).toBe(true);
    expect(onPage('email', 'help@shop.example', 'Write to nohelp@shop.example')).toBe(false);
    expect(onPage('email', 'help@shop.example', 'Write to help@shop.example.org')).toBe(false);
  });

  it('a web address with or without its scheme and www', () => {
    expect(onPage('web', 'https://www.shop.example/help', 'See shop.example/help')).toBe(true);
    expect(onPage('web', 'https://www.shop.example/help', 'See shop.example/helpdesk')).toBe(false);
  });

  it('an app is described, not compared', () => {
    expect(onPage('app', 'The Shop app', 'The Shop app')).toBeUndefined();
  });
});

describe('the text of an HTML page', () => {
  it('keeps what a reader sees and where its links go, not scripts or comments', () => {
    const text = htmlText('<p>Call <span>0722</span>&nbsp;000&#32;000 or <a href="mailto:help%40shop.example">write</a></p><script>var x = "0733 000 000"</script><!-- 0744 000 000 -->');
    expect(onPage('phone', '0722 000 000', text)).toBe(true);
    expect(onPage('email', 'help@shop.example', text)).toBe(true);
    expect(onPage('phone', '0733 000 000', text)).toBe(false);
    expect(onPage('phone', '0744 000 000', text)).toBe(false);
  });
});
