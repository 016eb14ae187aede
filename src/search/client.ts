// The search interface, loaded when a reader first focuses the search box (see SearchLoader.astro).
// Two tiers: the instant index answers on the first keystroke, with no fetch, no WebAssembly and no
// modules, also from a folder opened with file://; Pagefind's full-text results follow when it has
// loaded, and replace the instant ones (the instant tier's best answer stays on top). If Pagefind cannot load (file://, no WebAssembly), the
// instant tier stays.
import { instantSearch, prepare, type InstantIndex } from './instant.ts';
import { fill } from '../i18n/format.ts';
import { ONE_FILE_DOCUMENT, pageAnchor } from '../core/hrefs.ts';

declare const __PAGEFIND_CACHE_TAG__: string;
/** Per language, the Pagefind files its first search needs whatever the query (written at build). */
declare const __PAGEFIND_FIRST_FILES__: Record<string, string[]>;

interface LanguageIndex extends InstantIndex {
  strings: Record<string, string>;
}
interface PagefindResult {
  url: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResult> }[] }>;
}
interface Hit {
  url: string;
  title: string;
  summary: string;
}

const SHOWN = 6;
const root = document.documentElement.dataset.root ?? '/';
const lang = document.documentElement.lang;
const form = document.querySelector<HTMLFormElement>('form[data-search]')!;
const input = form.querySelector<HTMLInputElement>('input')!;
const onDisk = location.protocol === 'file:';
/** The one-file guide (src/downloads/one-file.ts): every page is a part of the document, and there is no Pagefind. */
const oneFile = document.documentElement.hasAttribute(ONE_FILE_DOCUMENT);

/** A site path as this page must link it: relative to the page, naming index.html when opened from disk. */
function href(url: string): string {
  if (oneFile) {
    const [path = '', fragment] = url.split('#');
    return `#${pageAnchor(path)}${fragment ? `__${fragment}` : ''}`;
  }
  const relative = root === '/' ? url : root + url.replace(/^\//, '');
  return onDisk && relative.endsWith('/') ? `${relative}index.html` : relative;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(src));
    document.head.append(script);
  });
}

let instant: { index: LanguageIndex; prepared: ReturnType<typeof prepare> } | undefined;
let pagefind: Pagefind | undefined;
let query = '';

const panel = document.createElement('section');
panel.className = 'search-results wrap';
panel.hidden = true;
panel.setAttribute('aria-labelledby', 'search-results-title');
panel.innerHTML = '<h2 id="search-results-title"></h2><p role="status" aria-live="polite"></p><ol></ol>';
document.querySelector('header')!.after(panel);
const [heading, status, list] = [panel.querySelector('h2')!, panel.querySelector('p')!, panel.querySelector('ol')!];

/** Shows hits; `tier` says which search found them ("instant" or "full"), for tests and the benchmark. */
function render(hits: Hit[], tier: 'instant' | 'full') {
  if (list.contains(document.activeElement)) return; // the reader is moving through these results: keep them
  const strings = instant!.index.strings;
  panel.dataset.tier = tier;
  panel.hidden = query === '';
  heading.textContent = strings.title ?? '';
  status.textContent = fill(hits.length ? strings.count! : strings.none!, { count: hits.length, query });
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = href(hit.url);
      link.textContent = hit.title;
      const text = document.createElement('p');
      text.textContent = hit.summary;
      item.append(link, text);
      return item;
    }),
  );
}

function searchInstant(): Hit[] {
  return instantSearch(instant!.prepared, instant!.index.synonyms, query, SHOWN);
}

async function searchFullText(asked: string) {
  const found = await pagefind!.search(asked);
  // Each result is shown with its page's title and summary from the instant index, found by
  // Pagefind's id: no fragment download, and no excerpt quoting the readers' words that the index
  // added to its copy of the page. A page the instant index lacks falls back to Pagefind's data.
  const byId = new Map(instant!.prepared.map((page) => [page.fullTextId, page]));
  const full: Hit[] = await Promise.all(
    found.results.slice(0, SHOWN).map(async (r) => byId.get(r.id) ?? (await r.data().then((d) => ({ url: d.url, title: d.meta.title ?? d.url, summary: '' })))),
  );
  if (asked !== query) return; // the reader has typed on
  // The instant tier's best answer (a title, keyword or reader-word match) stays on top.
  const [best] = searchInstant();
  const merged = best && !full.some((hit) => hit.url === best.url) ? [best, ...full] : full;
  render(merged.slice(0, SHOWN), 'full');
}

function update() {
  query = input.value.trim();
  if (!instant) return;
  render(query ? searchInstant() : [], 'instant');
  if (query && pagefind) void searchFullText(query);
}

input.addEventListener('input', update);
form.addEventListener('submit', (event) => {
  if (!instant) return; // no index yet: the form leads to the A–Z list as without JavaScript
  event.preventDefault();
  update();
  list.querySelector('a')?.focus();
});

/** The loader started the instant index beside this script; it may have arrived first or not yet. */
function instantIndex(): Promise<LanguageIndex> {
  const loaded = () => (window as unknown as { siteSearch?: Record<string, LanguageIndex> }).siteSearch?.[lang];
  const script = document.getElementById('search-index');
  if (loaded() || !script) return loaded() ? Promise.resolve(loaded()!) : loadScript(`${root}search/instant.${lang}.js`).then(() => loaded()!);
  return new Promise((resolve, reject) => {
    script.addEventListener('load', () => resolve(loaded()!));
    script.addEventListener('error', reject);
  });
}

void instantIndex().then((index) => {
  instant = { index, prepared: prepare(index) };
  update();
});

if (!onDisk && !oneFile && typeof WebAssembly === 'object') {
  // Fetch what Pagefind will ask for first (its entry, metadata and WebAssembly) while its script loads.
  for (const file of __PAGEFIND_FIRST_FILES__[lang] ?? []) {
    document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: `${root}pagefind/${file}` }));
  }
  import(/* @vite-ignore */ new URL(`${root}pagefind/pagefind.js`, document.baseURI).href)
    .then(async (module: Pagefind) => {
      await module.options({ baseUrl: '/', metaCacheTag: __PAGEFIND_CACHE_TAG__, noWorker: true, });
      await module.init();
      pagefind = module;
      update();
    })
    .catch(() => undefined); // the instant tier carries on alone
}
