// After the build: what a server needs to serve the site well. Every text file also as .br and .gz
// (so a server sends the smallest without compressing on the fly), and the response headers, with a
// Content-Security-Policy that allows this build's inline scripts and style by their hashes only.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { brotli, brotliAhead, brotliQuality, gzip } from '../core/compress.ts';
import { DOWNLOADS, distFiles, isDownload } from '../core/dist.ts';

const TEXT_FILE = /\.(html|css|js|mjs|json|svg|txt|xml|webmanifest)$/;

/** Every built file, as a full path. */
const files = (distDir: string) => distFiles(distDir).map((file) => path.join(distDir, file));

/**
 * Writes <file>.br and <file>.gz beside every text file; returns how many files were compressed.
 * `onProgress` is called with that number first, and returns what to call after each file.
 */
export async function precompress(distDir: string, onProgress?: (total: number) => () => void): Promise<number> {
  const text = files(distDir).filter((file) => TEXT_FILE.test(file));
  const quality = brotliQuality(distDir);
  await brotliAhead(text, quality, onProgress?.(text.length)); // on every core; brotli() below then finds each done
  for (const file of text) {
    const body = fs.readFileSync(file);
    fs.writeFileSync(`${file}.br`, brotli(body, quality));
    fs.writeFileSync(`${file}.gz`, gzip(body));
  }
  return text.length;
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The hashes of every distinct inline script and style in the built pages. The downloads are files to
 * save, sent as attachments, not pages: their scripts run from a reader's own copy, under no policy.
 */
export function inlineHashes(distDir: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const file of files(distDir).filter((f) => f.endsWith('.html') && !isDownload(path.relative(distDir, f).split(path.sep).join('/')))) {
    const html = fs.readFileSync(file, 'utf8');
    // Not data blocks (JSON-LD for search engines): they never run, and one a page would swell the header.
    for (const [, body] of html.matchAll(/<script\b(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>([\s\S]*?)<\/script>/g)) scripts.add(hash(body!));
    for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) styles.add(hash(body!));
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/** The headers every response carries. No inline script or style runs unless this build wrote it. */
export function securityHeaders(distDir: string): Record<string, string> {
  const { scripts, styles } = inlineHashes(distDir);
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`, // Pagefind compiles WebAssembly
    `style-src 'self' ${styles.join(' ')}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Files named by their content's hash: kept for a year. Everything else is checked again on each use. */
export const IMMUTABLE = ['/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/*.pf_meta', '/_astro/*'];
export const REVALIDATE = 'no-cache';
export const FOREVER = 'public, max-age=31536000, immutable';

/** A _headers file, as Netlify and Cloudflare Pages read it. */
export function headersFile(headers: Record<string, string>): string {
  const lines = ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), ''];
  for (const pattern of IMMUTABLE) lines.push(pattern, `  Cache-Control: ${FOREVER}`, '');
  lines.push('/sw.js', `  Cache-Control: ${REVALIDATE}`, '');
  // Saved, not shown: the one-file guide especially, which a reader sends on rather than reads here.
  lines.push(`/${DOWNLOADS}/*`, '  Content-Disposition: attachment', '');
  return lines.join('\n');
}

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Reads a _headers file: a path pattern on its own line, then indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      if (name && rules.length > 0) rules.at(-1)!.headers.push([name, value!]);
    }
  }
  return rules;
}

/** The headers a path gets: every matching rule's, a later rule replacing an earlier one's same header. */
export function headersFor(pathname: string, rules: HeaderRule[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { pattern, headers } of rules) {
    const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    if (regex.test(pathname)) for (const [name, value] of headers) out[name] = value;
  }
  return out;
}
