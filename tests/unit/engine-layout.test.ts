// The engine's shape (README, "How it is built"), held by tests so it stays easy to find one's way in:
// one folder per feature, features meeting only at each other's index.ts (or routes.ts, for routes),
// no import cycle, no file too long to read at once, and build steps and commands that never load
// what only routes may load.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

/** Folders every feature may use, and the places Astro wants its own files. */
const SHARED = new Set(['core', 'i18n', 'schemas', 'components', 'layouts', 'pages', 'styles']);

const files = fs
  .readdirSync('src', { recursive: true, encoding: 'utf8' })
  .map((name) => path.join('src', name).split(path.sep).join('/'))
  .filter((file) => fs.statSync(file).isFile());
const code = files.filter((file) => /\.(ts|astro)$/.test(file));

/** Each file's relative imports (static, dynamic, side-effect, re-export), as paths from the project root. */
const imports = new Map(
  code.map((file) => {
    const text = fs.readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/(?:\bfrom|^import|\bimport\()\s*'(\.{1,2}\/[^']+)'/gm)].map((m) => m[1]!);
    return [file, specifiers.map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)))];
  }),
);
const featureOf = (file: string) => (file.split('/').length > 2 ? file.split('/')[1]! : '');

test('no file in src/ is longer than 300 lines', () => {
  const long = files.filter((file) => !file.endsWith('.json')).map((file) => [file, fs.readFileSync(file, 'utf8').split('\n').length] as const);
  expect(long.filter(([, lines]) => lines > 300)).toEqual([]);
});

test('a feature uses another only through its index.ts (routes.ts for route data), or its .astro and .css parts', () => {
  const reaching: string[] = [];
  for (const [file, targets] of imports) {
    const from = featureOf(file);
    if (!from || SHARED.has(from)) continue;
    for (const target of targets) {
      const to = featureOf(target);
      if (!to || to === from || SHARED.has(to)) continue;
      if (!/\/(index|routes)\.ts$|\.(astro|css)$/.test(target)) reaching.push(`${file} → ${target}`);
    }
  }
  expect(reaching).toEqual([]);
});

test('no import cycle in src/', () => {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of imports.get(file) ?? []) {
      if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].join(' → '));
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of code) if (!state.has(file)) visit(file);
  expect(cycles).toEqual([]);
});

test('build steps and commands never load route data (the site read at import, or the content collection)', () => {
  // Those modules read the content folder when imported: a command or a step after a failed check
  // would then fail on the import rather than with the check's own message.
  const routeData = new Set(['src/core/site.ts', 'src/articles/collection.ts', 'src/directory/routes.ts']);
  const entries = code.filter((file) => file === 'src/engine.ts' || /\/(cli|integration)\.ts$/.test(file));
  expect(entries.length).toBeGreaterThan(8);
  const reaching: string[] = [];
  for (const entry of entries) {
    const seen = new Set<string>();
    const walk = (file: string, trail: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      if (routeData.has(file)) reaching.push([...trail, file].join(' → '));
      for (const target of imports.get(file) ?? []) walk(target, [...trail, file]);
    };
    walk(entry, []);
  }
  expect(reaching).toEqual([]);
});
