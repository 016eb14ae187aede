// Every contact the built directory shows carries its source and the day it was checked, and
// links the way a phone can use it.
import { describe, expect, test } from 'vitest';
import { builtPages } from '../helpers/built-site.ts';
import { contentDir } from '../../src/core/paths.ts';
import { loadSiteConfig } from '../../src/core/site-config.ts';
import { loadDirectory } from '../../src/directory/load.ts';

const site = loadSiteConfig(contentDir);
const directory = site.directory ? loadDirectory(contentDir, site.directory) : undefined;
/** How many contacts the data gives the organisation a page is about: "/en/directory/providers/payjoy/". */
const contactsOf = (path: string) => directory?.organisations.find((o) => path.endsWith(`/directory/${o.kind}/${o.id}/`))?.channels.length;

const organisationPages = builtPages().filter((page) => /^\/[^/]+\/directory\/(?!countries\/)[^/]+\/[^/]+\/$/.test(page.path));

test('the directory has organisation pages', () => {
  expect(organisationPages.length).toBeGreaterThan(0);
});

describe.each(organisationPages)('$path', ({ path, html }) => {
  const channels = [...html.matchAll(/<ul class="channels"[^>]*>([\s\S]*?)<\/ul>/g)].flatMap(([, list]) => list!.split('<li>').slice(1));

  test('every contact shows the day it was checked and the page it was seen on', () => {
    expect(channels.length, 'the contacts on the page, as many as its data file gives').toBe(contactsOf(path)); // a pattern that finds none would check nothing
    for (const channel of channels) {
      expect(channel).toMatch(/<p class="checked"[^>]*>[^<]*\d{4}[^<]*<a href="https:\/\/[^"]+">/);
    }
  });

  test('phone links dial a full number, WhatsApp links open wa.me', () => {
    for (const [, href] of html.matchAll(/href="(tel:[^"]*)"/g)) expect(href).toMatch(/^tel:(\+\d{8,15}|\d{3,12})$/);
    // Contacts only: "Wrong number? Tell us" may be a wa.me?text= link too (tests/build/corrections.test.ts).
    for (const [, href] of html.matchAll(/href="(https:\/\/wa\.me\/[^"]*)" class="value/g)) expect(href).toMatch(/^https:\/\/wa\.me\/\d{8,15}$/);
  });
});
