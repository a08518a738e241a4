import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tools/browser/chromium.ts';
import { freePort } from './tools/lib/free-port.ts';

// The suite builds and serves the site itself, on a port of its own, and never talks to a server it did
// not start (a dev server on 4321 has no search). The port is chosen once, in the main process, and
// reaches the workers through the environment. PORT pins it when needed.
process.env.E2E_PORT ??= process.env.PORT ?? String(freePort());
const port = Number(process.env.E2E_PORT);
const launchOptions = chromiumLaunchOptions();
const E2E_DIST = 'dist-e2e';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions,
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    // The production build (search only exists after Pagefind has indexed it), in a folder of its own so a
    // build or preview of dist/ running alongside cannot change the site under test. --ignore-lock: a
    // preview of dist/ (npm start) may already be running; this server is our own, on its own port.
    command: `npm run build -- --outDir ${E2E_DIST} && astro preview --ignore-lock --outDir ${E2E_DIST} --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
