import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tools/browser/chromium.ts';
import { freePort } from './tools/lib/free-port.ts';

// The suite builds and serves the site itself, on a port of its own, and never talks to a server it did
// not start (a dev server on 4321 has no search). The port is chosen once, in the main process, and
// reaches the workers through the environment. PORT pins it when needed.
process.env.E2E_PORT ??= process.env.PORT ?? String(freePort());
const port = Number(process.env.E2E_PORT);
const launchOptions = chromiumLaunchOptions();
process.env.E2E_DIST ??= 'dist-e2e';
const E2E_DIST = process.env.E2E_DIST;
// The site is built for the server it is tested on, so canonical links, previews and copied links name
// it; with a repository set, so the edit links are there to test.
process.env.E2E_SITE_URL ??= `http://127.0.0.1:${port}`;
process.env.E2E_REPOSITORY_URL ??= 'https://github.com/example/kube-handbook';

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
    // build or preview of dist/ running alongside cannot change the site under test. The preview ignores
    // Astro's one-server lock file, which a preview running alongside (or one killed at the end of an
    // earlier run) would otherwise hold.
    command: `npm run build -- --outDir ${E2E_DIST} && astro preview --ignore-lock --outDir ${E2E_DIST} --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { SITE_URL: process.env.E2E_SITE_URL, REPOSITORY_URL: process.env.E2E_REPOSITORY_URL, REPOSITORY_BRANCH: 'main' },
  },
});
