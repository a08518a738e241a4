// The fixture site built under a sub-path, as a GitHub Pages project site is served: every address
// carries the base, the link check and search work, permalinks and copied links name the base, and a
// template link that forgets the base stops the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { fixtureSite, buildSite } from '../helpers/site-copy.ts';
import { serveStatic } from '../../tools/lib/static-server.ts';
import { freePort } from '../../tools/lib/free-port.ts';
import { chromiumLaunchOptions } from '../../tools/browser/chromium.ts';

const BASE = '/handbook/';
const ORIGIN = 'https://handbook.example.org';
const env = { BASE_PATH: BASE, SITE_URL: ORIGIN };

function read(dir: string, file: string): string {
  return readFileSync(path.join(dir, 'dist', file), 'utf8');
}

/** Every address a page names in href or src, except in-page anchors. */
function addresses(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"#][^"]*)"/g)].map((m) => m[1]!);
}

test('built under /handbook/, every page names its addresses with the base and passes the link check', { timeout: 240_000 }, async () => {
  const site = fixtureSite();
  try {
    const { status, output } = buildSite(site.dir, env);
    assert.equal(status, 0, output);
    assert.match(output, /every internal link and #anchor in \d+ pages resolves/);

    for (const file of ['index.html', 'basics/index.html', 'q/first-question/index.html', 'questions/index.html', '404.html']) {
      const html = read(site.dir, file);
      const own = addresses(html).filter((a) => a.startsWith('/'));
      assert.ok(own.length > 3, `${file} names addresses`);
      assert.deepEqual(own.filter((a) => !a.startsWith(BASE)), [], `${file}: addresses without the base`);
    }
    const question = read(site.dir, 'q/first-question/index.html');
    // The answer links to /q/second-question/ in content; the page gets the base.
    assert.match(question, /<a href="\/handbook\/q\/second-question\/">第二道题<\/a>/);
    assert.match(question, /<link rel="canonical" href="https:\/\/handbook\.example\.org\/handbook\/q\/first-question\/">/);
    assert.match(question, /<meta property="og:image" content="https:\/\/handbook\.example\.org\/handbook\/og\/topics\/basics\.png">/);
    assert.match(question, /data-copy-link="https:\/\/handbook\.example\.org\/handbook\/q\/first-question\/"/);
    assert.match(question, /data-field-docs-src="\/handbook\/field-docs\/basics\.json"/);

    const sitemap = read(site.dir, 'sitemap-0.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    assert.ok(locs.includes(`${ORIGIN}${BASE}`) && locs.includes(`${ORIGIN}${BASE}q/first-question/`), locs.join('\n'));
    assert.deepEqual(locs.filter((l) => !l.startsWith(`${ORIGIN}${BASE}`) || !l.endsWith('/')), []);
    assert.match(read(site.dir, 'robots.txt'), /^Sitemap: https:\/\/handbook\.example\.org\/handbook\/sitemap-index\.xml$/m);
    const manifest = JSON.parse(read(site.dir, 'manifest.webmanifest')) as { start_url: string; icons: { src: string }[] };
    assert.equal(manifest.start_url, BASE);
    assert.ok(manifest.icons.every((i) => i.src.startsWith(`${BASE}icons/`)));
    assert.match(read(site.dir, '_headers'), /^\/handbook\/\*\n {2}Content-Security-Policy: default-src 'self';.*; frame-ancestors 'none'$/m);
    // Without git history (the copy is no repository) and without a repository URL, neither shows.
    assert.doesNotMatch(question, /更新于|编辑此页/);

    await browseUnderBase(path.join(site.dir, 'dist'));
  } finally {
    site.remove();
  }
});

/** Serves the build under the base and uses it as a reader would: home, start, search, permalinks. */
async function browseUnderBase(dist: string) {
  const port = freePort();
  const server = await serveStatic(dist, port, BASE);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
    page.on('pageerror', (e) => failed.push(`page error: ${e.message}`));
    const root = `http://127.0.0.1:${port}${BASE}`;

    await page.goto(root);
    await page.getByRole('link', { name: /从第一题开始/ }).click();
    await page.waitForURL(`${root}q/first-question/`);
    await page.getByRole('button', { name: '复制链接' }).click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${ORIGIN}${BASE}q/first-question/`);
    await page.locator('.answer').getByRole('link', { name: '第二道题' }).click();
    await page.waitForURL(`${root}q/second-question/`);
    await page.getByRole('link', { name: '在专题中查看' }).click();
    await page.waitForURL(`${root}basics/#second-question`);

    await searchAndFollow(page, root);
    await page.goto(`${root}q/first-question/`);
    const key = page.locator('.doc-key').first();
    await key.hover();
    await page.getByRole('dialog', { name: '字段说明' }).waitFor();
    assert.deepEqual(failed, []);
  } finally {
    await browser.close();
    server.close();
  }
}

async function searchAndFollow(page: Page, root: string) {
  const pagefind: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/pagefind/')) pagefind.push(new URL(r.url()).pathname); });
  await page.goto(root);
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: '搜索手册' }).getByRole('searchbox').fill('Deployment');
  const first = page.locator('.search-results a').first();
  await first.waitFor();
  const href = await first.getAttribute('href');
  assert.match(href ?? '', /^\/handbook\/basics\/\?.*#first-question$/);
  assert.ok(pagefind.length > 2 && pagefind.every((p) => p.startsWith(`${BASE}pagefind/`)), pagefind.join('\n'));
  await first.click();
  await page.waitForURL((url) => url.pathname === `${BASE}basics/` && url.hash === '#first-question');
  await page.locator('mark.search-highlight').first().waitFor();
}

test('under a base path, a template link that leaves out the base stops the build, naming it', { timeout: 180_000 }, () => {
  const site = fixtureSite();
  try {
    writeFileSync(path.join(site.dir, 'src/pages/stray.astro'), '<html lang="zh-CN"><body><a href="/q/first-question/">x</a></body></html>\n');
    const { status, output } = buildSite(site.dir, env);
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(output, /stray\/index\.html: a\[href\] "\/q\/first-question\/" leads outside the site's base path \/handbook\/: \/q\/first-question\/ \(write \/handbook\/q\/first-question\/\)/);
  } finally {
    site.remove();
  }
});

test('a bad BASE_PATH or SITE_URL stops the build, naming the variable', { timeout: 180_000 }, () => {
  const site = fixtureSite();
  try {
    const base = buildSite(site.dir, { BASE_PATH: '/hand book/' });
    assert.notEqual(base.status, 0);
    assert.match(base.output, /BASE_PATH "\/hand book\/" has the segment "hand book"/);
    const url = buildSite(site.dir, { SITE_URL: 'https://org.github.io/handbook' });
    assert.notEqual(url.status, 0);
    assert.match(url.output, /SITE_URL "https:\/\/org\.github\.io\/handbook" has a path; set SITE_URL=https:\/\/org\.github\.io and BASE_PATH=\/handbook/);
  } finally {
    site.remove();
  }
});
