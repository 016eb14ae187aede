// A fixture build whose publisher takes reports on WhatsApp, at a real-looking address: every
// contact of every directory page has "Wrong number? Tell us", a wa.me link whose text names the
// organisation, the contact and the page's full address, in the page's language.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildFixture } from '../helpers/fixture-build.ts';
import { builtPages } from '../helpers/built-site.ts';

const { dist, status, output } = buildFixture({
  edit: (content) => {
    const file = path.join(content, 'site.yaml');
    const yaml = fs.readFileSync(file, 'utf8').replace('url: https://garden.example/', 'url: https://garden-club.org/').replace(/ {4}email: garden-club@garden\.example\n/, '    whatsapp: "+254 722 000 000"\n');
    fs.writeFileSync(file, yaml);
  },
});
const pages = status === 0 ? builtPages(dist).filter((p) => /^\/[^/]+\/directory\/(?!countries\/)[^/]+\/[^/]+\/$/.test(p.path)) : [];

test('the fixture builds', () => {
  expect(status, output).toBe(0);
  expect(pages.map((p) => p.path).sort()).toEqual(['/ar/directory/councils/town-council/', '/ar/directory/shops/green-seeds/', '/en/directory/councils/town-council/', '/en/directory/shops/green-seeds/']);
});

test('every contact has one link to the publisher\'s WhatsApp, its text filled in', () => {
  for (const { path: page, html } of pages) {
    const channels = [...html.matchAll(/<ul class="channels"[^>]*>([\s\S]*?)<\/ul>/g)].flatMap(([, list]) => list!.split('<li>').slice(1));
    expect(channels.length, page).toBeGreaterThan(0);
    const name = page.startsWith('/ar/') ? 'رقم خاطئ؟ أخبرنا' : 'Wrong number? Tell us';
    for (const channel of channels) {
      const links = [...channel.matchAll(/<a href="(https:\/\/wa\.me\/[^"]*)">([^<]*)<\/a>/g)];
      expect(links.map(([, , text]) => text), page).toEqual([name]);
      const url = new URL(links[0]![1]!.replaceAll('&amp;', '&'));
      expect(url.pathname).toBe('/254722000000');
      const text = url.searchParams.get('text')!;
      expect(text).toContain(`https://garden-club.org${page}`);
      expect(text).toMatch(page.includes('green-seeds') ? /Green Seeds/ : /Town Council/);
      const value = /class="value[^"]*">([^<]+)</.exec(channel)![1]!;
      expect(text).toContain(value);
    }
  }
});
