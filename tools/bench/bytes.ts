// Measures what a page costs a reader: bytes fetched before any interaction, and what the first
// search adds, by kind, each as raw (decoded) bytes and as gzip.
import { chromium, type Browser, type BrowserContext, type Response } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser/chromium.ts';
import { gzipSync } from 'node:zlib';

export type Kind = 'html' | 'css' | 'js' | 'wasm' | 'data' | 'other';
export interface Bytes { raw: number; gzip: number; files: number }
export type Tally = Record<Kind, Bytes>;

export interface PageCost {
  path: string;
  /** Where the page ended up. */
  landed: string;
  beforeInteraction: Tally;
  searchOpen: Tally;
  firstQuery: Tally;
}

function kindOf(response: Response): Kind {
  const url = new URL(response.url());
  const type = response.request().resourceType();
  if (type === 'document' || url.pathname.endsWith('.html')) return 'html';
  if (type === 'stylesheet' || url.pathname.endsWith('.css')) return 'css';
  if (url.pathname.endsWith('.js') || type === 'script') return 'js';
  if (url.pathname.includes('wasm')) return 'wasm';
  if (url.pathname.startsWith('/pagefind/')) return 'data';
  return 'other';
}

const empty = (): Tally => ({
  html: { raw: 0, gzip: 0, files: 0 }, css: { raw: 0, gzip: 0, files: 0 }, js: { raw: 0, gzip: 0, files: 0 },
  wasm: { raw: 0, gzip: 0, files: 0 }, data: { raw: 0, gzip: 0, files: 0 }, other: { raw: 0, gzip: 0, files: 0 },
});

/** Records every response in a context into whichever tally is current. */
function recorder(context: BrowserContext) {
  let current = empty();
  const pending: Promise<void>[] = [];
  context.on('response', (response) => {
    const into = current;
    pending.push((async () => {
      if (response.status() >= 300 && response.status() < 400) return;
      const body = await response.body().catch(() => undefined);
      if (!body) return;
      const slot = into[kindOf(response)];
      slot.raw += body.length;
      slot.gzip += gzipSync(body).length;
      slot.files++;
    })());
  });
  return {
    /** Closes the current phase once its responses are read, and starts the next. */
    async next(): Promise<Tally> {
      await Promise.all(pending.splice(0));
      const done = current;
      current = empty();
      return done;
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** Loads one page in a fresh context, then opens search and runs one query. */
export async function measurePage(browser: Browser, base: string, path: string, query: string): Promise<PageCost> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  const record = recorder(context);
  await page.goto(base + path);
  await page.waitForLoadState('networkidle');
  const beforeInteraction = await record.next();

  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const searchOpen = await record.next();

  await page.getByRole('dialog').getByRole('searchbox').fill(query);
  await page.locator('.search-results a').first().waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  const firstQuery = await record.next();

  const landed = new URL(page.url()).pathname + new URL(page.url()).hash;
  await context.close();
  return { path, landed, beforeInteraction, searchOpen, firstQuery };
}

/** One step of a reader's interaction after the page has loaded, measured on its own. */
export interface Step { label: string; act: (page: import('@playwright/test').Page) => Promise<void> }

/** Loads one page in a fresh context, then takes the given steps, tallying what each one loads. */
export async function measureSteps(browser: Browser, base: string, path: string, steps: Step[]): Promise<{ path: string; phases: [string, Tally][] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  const record = recorder(context);
  await page.goto(base + path);
  await page.waitForLoadState('networkidle');
  const phases: [string, Tally][] = [['before', await record.next()]];
  for (const step of steps) {
    await step.act(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    phases.push([step.label, await record.next()]);
  }
  await context.close();
  return { path, phases };
}
