// The directory's filter box narrows the lists as the reader types; without JavaScript it stays
// hidden and every entry is listed. Beside every contact, "Wrong number? Tell us" opens the
// publisher's e-mail, SMS or WhatsApp, filled in, when site.yaml gives one.
import { expect, test } from '@playwright/test';
import { fill, home, lang, organisationPages, site, words } from './site.ts';
import { countryName } from '../../src/directory/present.ts';
import { builtPages } from '../helpers/built-site.ts';

test.skip(!site.directory, 'this site has no directory');
const directoryHome = `${home}directory/`;

test('typing a name narrows the list and says how many are shown', async ({ page }) => {
  await page.goto(directoryHome);
  const items = page.locator('[data-filter-text]');
  const total = await items.count();
  const name = (await page.locator('section[data-filter-group] ul.list a').first().textContent())!.trim();
  await page.getByLabel(words.filterLabel).fill(name);
  const visible = page.locator('[data-filter-text]:visible');
  await expect(visible.first()).toContainText(name);
  const shown = await visible.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  await expect(page.getByRole('status')).toHaveText(fill(words.filterCount, { count: shown }));
  await page.getByLabel(words.filterLabel).fill('');
  await expect(page.locator('[data-filter-text]:visible')).toHaveCount(total);
});

test('a country name finds its country page and the organisations that work there', async ({ page }) => {
  await page.goto(directoryHome);
  const href = await page.locator('#by-country ~ ul a').first().getAttribute('href');
  const code = /\/countries\/([a-z]{2})\/$/.exec(href!)![1]!.toUpperCase();
  const name = countryName(code, lang);
  await page.getByLabel(words.filterLabel).fill(name.toLowerCase());
  await expect(page.locator('#by-country ~ ul a:visible', { hasText: name })).toHaveCount(1);
  for (const text of await page.locator('[data-filter-text]:visible').allTextContents()) expect(text.toLowerCase()).toContain(name.toLowerCase());
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the filter is hidden and every entry is listed', async ({ page }) => {
    await page.goto(directoryHome);
    await expect(page.getByLabel(words.filterLabel)).toBeHidden();
    const items = page.locator('[data-filter-text]');
    await expect(items.first()).toBeVisible();
    expect(await page.locator('[data-filter-text]:visible').count()).toBe(await items.count());
  });
});

test.describe('"Wrong number? Tell us"', () => {
  test.use({ javaScriptEnabled: false });
  const corrections = site.publisher?.corrections;
  /** An organisation page of the default language that lists contacts. */
  const withContacts = builtPages().find((p) => organisationPages.includes(p.path) && p.path.startsWith(home) && p.html.includes('<ul class="channels"'))?.path;

  test('beside every contact, a link that opens the publisher\'s message with the organisation, contact and page filled in; not in print', async ({ page }) => {
    test.skip(!corrections, 'this site names no publisher.corrections: npm run check says so, and no page has the link');
    const path = withContacts!;
    await page.goto(path);
    const channels = page.locator('ul.channels > li');
    const links = page.getByRole('link', { name: words.wrongContact });
    expect(await links.count()).toBe(await channels.count());
    const organisation = (await page.locator('h1').textContent())!.trim();
    const href = (await links.first().getAttribute('href'))!;
    const text = corrections!.email ? new URL(href).searchParams.get('body') : corrections!.sms ? decodeURIComponent(href.split('?body=')[1]!) : new URL(href).searchParams.get('text');
    expect(href.startsWith(corrections!.email ? `mailto:${corrections!.email}?subject=` : corrections!.sms ? 'sms:+' : 'https://wa.me/')).toBe(true);
    expect(text).toContain(organisation);
    expect(text).toContain(path);
    const value = (await channels.first().locator('.value').textContent())!.trim();
    expect(text).toContain(value);
    await page.emulateMedia({ media: 'print' }); // on paper a link to a message is no help
    await expect(links.first()).toBeHidden();
    await expect(channels.first().locator('.value')).toBeVisible();
  });

  test('no link at all when the publisher gives no way to report', async ({ page }) => {
    test.skip(!!corrections, 'this site names publisher.corrections');
    await page.goto(withContacts!);
    await expect(page.locator('ul.channels').first()).toBeVisible();
    await expect(page.getByRole('link', { name: words.wrongContact })).toHaveCount(0);
  });
});
