import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './src/core/chromium.ts';

/**
 * Two free ports, found once by the runner and passed to its workers in the environment (each
 * worker reads this file again): a port another program holds never stops a run. E2E_PORT and
 * E2E_NGINX_PORT choose them instead.
 */
if (!process.env.E2E_PORT || !process.env.E2E_NGINX_PORT) {
  const found = execFileSync(process.execPath, [
    '-e',
    "const net=require('net');const a=net.createServer().listen(0,'127.0.0.1',()=>{const b=net.createServer().listen(0,'127.0.0.1',()=>{console.log(a.address().port,b.address().port);a.close();b.close()})})",
  ], { encoding: 'utf8' }).trim().split(' ');
  process.env.E2E_PORT ??= found[0];
  process.env.E2E_NGINX_PORT ??= found[1];
}
const port = Number(process.env.E2E_PORT);
const nginxPort = Number(process.env.E2E_NGINX_PORT);
/** What runs against nginx too: reading, search, offline, headers and privacy. */
const servedLikeProduction = /(no-javascript|search|offline|served)\.spec\.ts$/;


export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunch,
  },
  projects: [
    { name: 'node', use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: 'nginx', use: { baseURL: `http://127.0.0.1:${nginxPort}` }, testMatch: servedLikeProduction },
  ],
  webServer: [
    { command: 'node src/serve/cli.ts', env: { PORT: String(port) }, url: `http://127.0.0.1:${port}/`, reuseExistingServer: false },
    { command: 'node src/serve/nginx.ts', env: { PORT: String(nginxPort) }, url: `http://127.0.0.1:${nginxPort}/`, reuseExistingServer: false },
  ],
});
