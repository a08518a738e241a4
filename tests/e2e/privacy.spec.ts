import { test, expect, type Page } from '@playwright/test';
import { sitemapPaths, MISSING_PAGE, shard, withQuestionSample } from './support/pages.ts';

/** Records every request the page makes that leaves the site's own origin. */
function watchRequests(page: Page, origin: string) {
  const state = { at: '', count: 0, foreign: [] as string[] };
  page.on('request', (r) => {
    state.count++;
    if (new URL(r.url()).origin !== origin) state.foreign.push(`${state.at}: ${r.resourceType()} ${r.url()}`);
  });
  return state;
}

// Every page (question pages by sample, see withQuestionSample), in shards; the test below reads the
// HTML of every page.
const SHARDS = 2;
for (let i = 0; i < SHARDS; i++) {
  test(`every page in the sitemap and the 404 page request nothing from another host, shard ${i + 1}/${SHARDS}`, async ({ page, request, baseURL }) => {
    const mine = shard(withQuestionSample([...(await sitemapPaths(request)), MISSING_PAGE]), i, SHARDS);
    test.setTimeout(60_000 + mine.length * 5_000);
    const seen = watchRequests(page, new URL(baseURL!).origin);
    for (const path of mine) {
      seen.at = path;
      await page.goto(path, { waitUntil: 'networkidle' });
    }
    expect(seen.count, 'requests were observed at all').toBeGreaterThan(10);
    expect(seen.foreign, seen.foreign.join('\n')).toEqual([]);
  });
}

test('searching loads Pagefind and its index from the site itself', async ({ page, baseURL }) => {
  const seen = watchRequests(page, new URL(baseURL!).origin);
  const pagefind: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/pagefind/')) pagefind.push(r.url()); });
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('滚动更新');
  await expect(page.locator('.search-results a').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(pagefind.length, 'search fetched its script, engine and index').toBeGreaterThan(2);
  expect(seen.foreign, seen.foreign.join('\n')).toEqual([]);
});

test('no page or stylesheet names another host for fonts, scripts, styles or images', async ({ request, baseURL }) => {
  const own = new URL(baseURL!).origin;
  const found: string[] = [];
  const stylesheets = new Set<string>();
  for (const path of [...(await sitemapPaths(request)), MISSING_PAGE]) {
    const html = await (await request.get(path)).text();
    // Anything the browser would fetch by itself: src, srcset, poster, data, and link elements other than canonical/sitemap.
    for (const m of html.matchAll(/\s(?:src|srcset|poster|data)="([^"]+)"/g)) {
      if (new URL(m[1]!.split(/\s/)[0]!, own).origin !== own) found.push(`${path}: ${m[0].trim()}`);
    }
    for (const m of html.matchAll(/<link\b[^>]*>/g)) {
      const rel = /\srel="([^"]+)"/.exec(m[0])?.[1] ?? '';
      const href = /\shref="([^"]+)"/.exec(m[0])?.[1] ?? '';
      if (rel === 'stylesheet') stylesheets.add(new URL(href, own).pathname);
      if (['canonical', 'sitemap'].includes(rel)) continue;
      if (new URL(href, own).origin !== own) found.push(`${path}: ${m[0]}`);
    }
  }
  expect(stylesheets.size, 'pages link their stylesheets').toBeGreaterThan(0);
  for (const sheet of stylesheets) {
    const css = await (await request.get(sheet)).text();
    for (const m of css.matchAll(/(?:url\(\s*["']?|@import\s+["'])([^"')\s]+)/g)) {
      if (!m[1]!.startsWith('data:') && new URL(m[1]!, own).origin !== own) found.push(`${sheet}: ${m[0]}`);
    }
  }
  expect(found, found.join('\n')).toEqual([]);
});
