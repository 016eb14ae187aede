// `npm run bench:scale -- --pages 100,1000 [--pages 10000] [--pdf off] [--keep] [--seed 1]`: writes a
// synthetic content folder of each size (src/bench/synthetic-site.ts), builds it with the engine, and
// prints a Markdown table: build time, peak memory of the whole build (every process it starts,
// Chromium included), output size, search index sizes, booklet and bundle sizes, and the largest
// page against the page budget. Also writes reports/scale.json.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_GZIP_MAX, INSTANT_INDEX_GZIP_MAX } from '../core/budgets.ts';
import { isDownload } from '../core/dist.ts';
import { writeSyntheticSite } from './synthetic-site.ts';

interface Args {
  pages: number[];
  keep: boolean;
  pdf: boolean;
  bundle: boolean;
  seed: number;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { pages: [], keep: false, pdf: true, bundle: true, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--pages') args.pages.push(...value().split(',').map((n) => Number(n.replace(/_/g, ''))));
    else if (flag === '--keep') args.keep = true;
    else if (flag === '--pdf') args.pdf = value() !== 'off';
    else if (flag === '--bundle') args.bundle = value() !== 'off';
    else if (flag === '--seed') args.seed = Number(value());
    else throw new Error(`unknown argument ${argv[i]}: use --pages N[,N…] [--pdf off] [--bundle off] [--keep] [--seed N]`);
  }
  if (args.pages.length === 0) args.pages = [100, 1000];
  const bad = args.pages.find((n) => !Number.isInteger(n) || n < 20);
  if (bad !== undefined) throw new Error(`--pages: ${bad} is not a whole number of at least 20`);
  return args;
}

const PAGE_SIZE = 4096;

/** The resident memory of a process and every process it started, in bytes, read from /proc. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    try {
      total += Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // ended
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface Run {
  code: number | null;
  seconds: number;
  /** User and system CPU time of the whole tree (GNU time), when /usr/bin/time is there: the machine may be shared. */
  cpuSeconds?: number;
  peakBytes: number;
  log: string;
  steps: Record<string, number>;
}

/** Runs a command, echoing its output, and samples its process tree's memory four times a second. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const timeFile = `${logFile}.time`;
    const timed = fs.existsSync('/usr/bin/time');
    const child = timed
      ? spawn('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, command, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = fs.createWriteStream(logFile);
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
    const steps: Record<string, number> = {};
    let text = '';
    const echo = (chunk: Buffer) => {
      log.write(chunk);
      const s = chunk.toString('utf8');
      text += s;
      process.stdout.write(s);
    };
    child.stdout.on('data', echo);
    child.stderr.on('data', echo);
    child.on('close', (code) => {
      clearInterval(timer);
      log.end();
      // Step timings written by src/core/progress.ts: "[lockguide:search] done in 12.3 s".
      for (const [, name, secs] of text.matchAll(/\[lockguide:([\w-]+)\] done in ([\d.]+) s/g)) steps[name!] = Number(secs);
      const [user, system] = timed && fs.existsSync(timeFile) ? fs.readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number) : [];
      const cpuSeconds = user !== undefined && system !== undefined ? user + system : undefined;
      resolve({ code, seconds: (performance.now() - started) / 1000, cpuSeconds, peakBytes: peak, log: text, steps });
    });
  });
}

function sizeOf(dir: string, filter: (file: string) => boolean = () => true): { files: number; bytes: number } {
  if (!fs.existsSync(dir)) return { files: 0, bytes: 0 };
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (!filter(file)) continue;
    files++;
    bytes += fs.statSync(file).size;
  }
  return { files, bytes };
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1);
const kb = (bytes: number) => `${Math.round(bytes / 1000)} kB`;

interface Result {
  pages: number;
  htmlPages: number;
  generated: ReturnType<typeof writeSyntheticSite>;
  build: Omit<Run, 'log'>;
  outputBytes: number;
  outputFiles: number;
  htmlBytes: number;
  pagefind: { files: number; bytes: number };
  instant: Record<string, { bytes: number; gzip: number }>;
  booklets: Record<string, { bytes: number; pages: number } | null>;
  pdfs: { files: number; bytes: number };
  bundles: Record<string, number>;
  bundleSeconds: number;
  largestPage: { path: string; gzip: number };
  overBudget: string[];
}

async function measure(n: number, args: Args, root: string): Promise<Result> {
  const dir = path.join(root, `pages-${n}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const content = path.join(dir, 'content');
  const dist = path.join(dir, 'dist');
  const generated = writeSyntheticSite(content, { pages: n, seed: args.seed });
  console.log(`\n## ${n} pages: ${generated.sourceArticles} articles × 2 languages (${generated.translated} translated), ${generated.organisations} organisations, in ${dir}`);
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    LOCKGUIDE_CONTENT: content,
    LOCKGUIDE_OUT: dist,
    LOCKGUIDE_PDF: args.pdf ? 'on' : 'off',
  };
  const { log, ...build } = await run(process.execPath, ['src/build/cli.ts'], env, path.join(dir, 'build.log'));
  if (build.code !== 0) throw new Error(`the build of ${n} pages failed (exit ${build.code}); its output is in ${path.join(dir, 'build.log')}\n${log.slice(-3000)}`);

  const html = fs
    .readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !isDownload(path.relative(dist, path.join(e.parentPath, e.name))))
    .map((e) => path.join(e.parentPath, e.name));
  let largestPage = { path: '', gzip: 0 };
  const overBudget: string[] = [];
  let htmlBytes = 0;
  for (const file of html) {
    const body = fs.readFileSync(file);
    htmlBytes += body.length;
    const gzip = gzipSync(body, { level: 9 }).length;
    const page = `/${path.relative(dist, file)}`;
    if (gzip > largestPage.gzip) largestPage = { path: page, gzip };
    if (gzip > PAGE_GZIP_MAX) overBudget.push(`${page} ${gzip} B`);
  }
  const instant: Result['instant'] = {};
  for (const name of fs.readdirSync(path.join(dist, 'search')).filter((f) => /^instant\..+\.js$/.test(f))) {
    const body = fs.readFileSync(path.join(dist, 'search', name));
    instant[name.replace(/^instant\.|\.js$/g, '')] = { bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  }
  const booklets: Result['booklets'] = {};
  for (const lang of ['en', 'fr']) {
    const file = path.join(dist, 'print', lang, 'booklet.pdf');
    booklets[lang] = fs.existsSync(file) ? { bytes: fs.statSync(file).size, pages: Number(/(\d+)/.exec(fs.readFileSync(path.join(dist, lang, 'index.html'), 'utf8').match(/booklet\.pdf">[^<]*/)?.[0] ?? '')?.[1] ?? 0) } : null;
  }
  const bundles: Record<string, number> = {};
  let bundleSeconds = 0;
  if (args.bundle) {
    const started = performance.now();
    const bundleDir = path.join(dir, 'bundle');
    const made = await run('node_modules/.bin/node', ['src/bundle/cli.ts'], { ...env, LOCKGUIDE_BUNDLE: bundleDir }, path.join(dir, 'bundle.log'));
    if (made.code !== 0) throw new Error(`the bundle of ${n} pages failed: ${made.log.slice(-2000)}`);
    bundleSeconds = (performance.now() - started) / 1000;
    for (const name of fs.readdirSync(bundleDir).filter((f) => f.endsWith('.zip'))) bundles[name.replace(/^scale-|\.zip$/g, '')] = fs.statSync(path.join(bundleDir, name)).size;
  }
  const output = sizeOf(dist);
  return {
    pages: n,
    htmlPages: html.length,
    generated,
    build,
    outputBytes: output.bytes,
    outputFiles: output.files,
    htmlBytes,
    pagefind: sizeOf(path.join(dist, 'pagefind')),
    instant,
    booklets,
    pdfs: sizeOf(path.join(dist, 'print'), (f) => f.endsWith('.pdf')),
    bundles,
    bundleSeconds,
    largestPage,
    overBudget,
  };
}

function table(results: Result[]): string {
  const rows: [string, (r: Result) => string][] = [
    ['article pages (en + fr)', (r) => String(r.generated.sourceArticles * 2)],
    ['HTML pages built', (r) => String(r.htmlPages)],
    ['build time (wall)', (r) => `${r.build.seconds.toFixed(1)} s`],
    ['build CPU time (user + system, all processes)', (r) => (r.build.cpuSeconds === undefined ? '–' : `${r.build.cpuSeconds.toFixed(0)} s`)],
    ['… of which steps after the pages', (r) => Object.entries(r.build.steps).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ') || '–'],
    ['peak memory (process tree RSS)', (r) => `${Math.round(r.build.peakBytes / 1e6)} MB`],
    ['output (files, with .br/.gz)', (r) => `${mb(r.outputBytes)} MB, ${r.outputFiles} files`],
    ['HTML (uncompressed)', (r) => `${mb(r.htmlBytes)} MB`],
    ['largest page, gzipped', (r) => `${r.largestPage.gzip} B ${r.largestPage.path}`],
    [`pages over ${PAGE_GZIP_MAX} B gzipped`, (r) => String(r.overBudget.length)],
    ['Pagefind index', (r) => `${mb(r.pagefind.bytes)} MB, ${r.pagefind.files} files`],
    [`instant index en / fr, gzipped (budget ${kb(INSTANT_INDEX_GZIP_MAX)})`, (r) => ['en', 'fr'].map((l) => (r.instant[l] ? `${kb(r.instant[l].gzip)} (${kb(r.instant[l].bytes)} raw)` : '–')).join(' / ')],
    ['booklet en / fr', (r) => ['en', 'fr'].map((l) => (r.booklets[l] ? `${mb(r.booklets[l].bytes)} MB, ${r.booklets[l].pages} p.` : 'none')).join(' / ')],
    ['all PDFs', (r) => (r.pdfs.files ? `${mb(r.pdfs.bytes)} MB, ${r.pdfs.files} files` : 'none')],
    ['bundle zips en / fr / all', (r) => (Object.keys(r.bundles).length ? ['en', 'fr', 'all'].map((k) => `${mb(r.bundles[k] ?? 0)} MB`).join(' / ') + ` (${r.bundleSeconds.toFixed(0)} s)` : '–')],
  ];
  const head = `| | ${results.map((r) => `${r.pages} pages`).join(' | ')} |\n|---|${results.map(() => '---').join('|')}|`;
  return [head, ...rows.map(([label, cell]) => `| ${label} | ${results.map(cell).join(' | ')} |`)].join('\n');
}

if (import.meta.main) {
  const args = parseArgs(process.argv.slice(2));
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-scale-'));
  const results: Result[] = [];
  try {
    for (const n of args.pages) {
      results.push(await measure(n, args, root));
      console.log(`\n${table(results)}\n`);
    }
  } finally {
    fs.mkdirSync('reports', { recursive: true });
    fs.writeFileSync('reports/scale.json', JSON.stringify({ machine: { cpus: os.cpus().length, memory: os.totalmem(), node: process.version }, pdf: args.pdf, results }, null, 2));
    if (!args.keep) fs.rmSync(root, { recursive: true, force: true });
    else console.log(`Kept: ${root}`);
  }
  console.log(`\n# Scale: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 1e9)} GB, PDFs ${args.pdf ? 'on' : 'off'}\n\n${table(results)}\n\nAlso in reports/scale.json.`);
}
