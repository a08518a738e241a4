// Takes light and dark, desktop and phone screenshots of a few pages of a running site,
// for looking at the pages by eye: node tools/screenshots.ts [baseURL] [outDir] [paths…]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumLaunchOptions } from './browser/chromium.ts';

const [base = 'http://127.0.0.1:4321', out = 'screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/health-checks/', '/q/probe-types/', '/questions/'];
const browser = await chromium.launch(chromiumLaunchOptions());
mkdirSync(out, { recursive: true });
const sizes = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };
for (const [device, viewport] of Object.entries(sizes)) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
    for (const path of pages) {
      await page.goto(base + path);
      const name = `${out}/${device}-${scheme}-${path.replace(/\W+/g, '_') || 'home'}.png`;
      await page.screenshot({ path: name });
      console.log(name);
    }
    await page.close();
  }
}
await browser.close();
