import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './src/lib/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 4329);


export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunch,
  },
  webServer: {
    command: 'node src/cli/serve.ts',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
