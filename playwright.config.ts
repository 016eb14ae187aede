import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './src/core/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 4329);
const nginxPort = port + 1;
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
