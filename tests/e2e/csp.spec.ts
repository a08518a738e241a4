import { test, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sitemapPaths, MISSING_PAGE, shard, withQuestionSample } from './support/pages.ts';

declare global {
  interface Window { __csp: string[]; __xss?: number }
}

/** Collects Content-Security-Policy violations from the page's own event and from the console. */
async function watchViolations(page: Page) {
  const console: string[] = [];
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy|Refused to/i.test(m.text())) console.push(m.text());
  });
  page.on('pageerror', (e) => console.push(`page error: ${e.message}`));
  return async () => [...(await page.evaluate(() => window.__csp)), ...console.splice(0)];
}

function policyOf(html: string) {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  return meta ? new Map(meta[1]!.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name!, values];
  })) : undefined;
}

test('every page sets a strict policy before any script, and lists the hash of each inline script', async ({ request }) => {
  const problems: string[] = [];
  for (const path of [...(await sitemapPaths(request)), MISSING_PAGE]) {
    const html = await (await request.get(path)).text();
    const policy = policyOf(html);
    if (!policy) { problems.push(`${path}: no Content-Security-Policy meta`); continue; }
    const metaAt = html.indexOf('http-equiv="Content-Security-Policy"');
    if (html.indexOf('<script') < metaAt) problems.push(`${path}: a script comes before the policy`);
    if (policy.get('default-src')?.join(' ') !== "'self'") problems.push(`${path}: default-src is not 'self'`);
    const scripts = policy.get('script-src') ?? [];
    for (const banned of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
      if (scripts.includes(banned)) problems.push(`${path}: script-src allows ${banned}`);
    }
    for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      const hash = `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`;
      if (!scripts.includes(hash)) problems.push(`${path}: inline script "${m[1]!.trim().slice(0, 40)}…" is not allowed by hash ${hash}`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

// Every page (question pages by sample, see withQuestionSample), in shards, so no single test carries
// the whole site and its time limit does not depend on how many pages there are.
const SHARDS = 4;
for (let i = 0; i < SHARDS; i++) {
  test(`every page loads, switches theme and runs a search without a policy violation, shard ${i + 1}/${SHARDS}`, async ({ page, request }) => {
    const mine = shard(withQuestionSample([...(await sitemapPaths(request)), MISSING_PAGE]), i, SHARDS);
    test.setTimeout(60_000 + mine.length * 10_000);
    const violations = await watchViolations(page);
    const found: string[] = [];
    for (const path of mine) {
      await page.goto(path);
      // The hashed theme script ran: it is what swaps no-js for js before first paint.
      await expect(page.locator('html')).toHaveClass(/\bjs\b/);
      await page.getByRole('button', { name: /^主题：/ }).click();
      await page.keyboard.press('Control+k');
      await page.getByRole('dialog', { name: '搜索手册' }).getByRole('searchbox').fill('探针');
      await expect(page.locator('.search-results a').first()).toBeVisible();
      await page.keyboard.press('Escape');
      found.push(...(await violations()).map((v) => `${path}: ${v}`));
    }
    expect(found, found.join('\n')).toEqual([]);
  });
}

test('search works within the policy when Pagefind has to run on the main thread', async ({ page }) => {
  // Pagefind searches in a worker, which is not bound by the page's policy, and falls back to
  // compiling its WebAssembly on the page itself; that fallback is why the policy has 'wasm-unsafe-eval'.
  const violations = await watchViolations(page);
  await page.route('**/pagefind/pagefind-worker.js', (route) => route.abort());
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('探针');
  await expect(page.locator('.search-results a').first()).toBeVisible({ timeout: 15_000 });
  expect(await violations()).toEqual([]);
});

test('the policy stops a script injected into a page, and the violation is seen', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/health-checks/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__xss = 1';
    document.body.append(s);
  });
  await expect.poll(violations).not.toEqual([]);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});

const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>zzqxjv';

test('search shows a typed HTML and script payload as plain text', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill(payload);
  // As text: in the status, or, when a word was corrected, as the original offered instead.
  await expect(dialog).toContainText(payload);
  await expect(dialog.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(await violations()).toEqual([]);
});

test('search opened from a ?q= link shows the payload as plain text too', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`/?q=${encodeURIComponent(payload)}`);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('searchbox')).toHaveValue(payload);
  await expect(dialog).toContainText(payload);
  await expect(page.locator('body img, body script:not([src])')).toHaveCount(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(await violations()).toEqual([]);
});

test('the host headers file carries the same policy plus frame-ancestors, which a meta tag cannot', async ({ request }) => {
  // Hosts read _headers from the build folder; the preview server does not serve it, so it is read there.
  const headers = readFileSync(`${process.env.E2E_DIST}/_headers`, 'utf8');
  const html = await (await request.get('/')).text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;/g, "'");
  expect(headers).toMatch(/^\/\*$/m);
  expect(headers).toContain(`  Content-Security-Policy: ${meta}; frame-ancestors 'none'\n`);
  expect(headers).toContain('  X-Content-Type-Options: nosniff');
});
