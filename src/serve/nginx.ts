// `npm run nginx`: serves dist/ with nginx on loopback (PORT, default 4330), with the headers of
// dist/_headers, as a production server would. The tests run the site against it too.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { outDir } from '../core/paths.ts';
import { parseHeadersFile, type HeaderRule } from './files.ts';

/** nginx `location` blocks carrying each _headers rule (add_header in a location replaces the server's). */
export function nginxHeaders(rules: HeaderRule[]): string {
  const [everywhere, ...specific] = rules;
  const add = (headers: [string, string][], indent: string) => headers.map(([name, value]) => `${indent}add_header ${name} "${value}" always;`).join('\n');
  const common = everywhere?.headers ?? [];
  const blocks = specific.map(({ pattern, headers }) => {
    const location = pattern.includes('*') ? `~ ^${pattern.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$` : `= ${pattern}`;
    return `    location ${location} {\n${add([...common, ...headers], '      ')}\n    }`;
  });
  return [add([...common, ['Cache-Control', 'no-cache']], '    '), ...blocks].join('\n');
}

export function nginxConfig(root: string, port: number, run: string): string {
  const rules = parseHeadersFile(fs.readFileSync(path.join(root, '_headers'), 'utf8'));
  return fs
    .readFileSync(new URL('../../deploy/nginx.conf.template', import.meta.url), 'utf8')
    .replaceAll('{{MODULES}}', process.env.NGINX_MODULES ?? '/usr/lib/nginx/modules')
    .replaceAll('{{RUN}}', run)
    .replaceAll('{{HOST}}', '127.0.0.1')
    .replaceAll('{{PORT}}', String(port))
    .replaceAll('{{ROOT}}', root)
    .replaceAll('{{HEADERS}}', nginxHeaders(rules));
}

if (import.meta.main) {
  const port = Number(process.env.PORT ?? 4330);
  const run = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-nginx-'));
  fs.writeFileSync(path.join(run, 'nginx.conf'), nginxConfig(outDir, port, run));
  console.log(`nginx serving ${outDir} at http://127.0.0.1:${port}/ (config: ${run}/nginx.conf)`);
  const nginx = spawn(process.env.NGINX ?? 'nginx', ['-c', path.join(run, 'nginx.conf'), '-p', run], { stdio: 'inherit' });
  const stop = () => nginx.kill('SIGQUIT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  nginx.on('exit', (code) => process.exit(code ?? 0));
}
