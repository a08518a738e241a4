import { test, expect, type Page } from '@playwright/test';

const dialog = (page: Page) => page.getByRole('dialog', { name: '搜索手册' });
const searchbox = (page: Page) => dialog(page).getByRole('searchbox');
const results = (page: Page) => dialog(page).getByRole('list', { name: '搜索结果' }).getByRole('link');
const shownQuery = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('.search-results')?.dataset.query);

test('a ?q= link opens search with that query on any page', async ({ page }) => {
  await page.goto('/storage/?q=StorageClass');
  await expect(dialog(page)).toBeVisible();
  await expect(searchbox(page)).toHaveValue('StorageClass');
  await expect(results(page).first()).toHaveAttribute('href', /^\/storage\/\?.*#storageclass$/);
  await page.goto('/no-such-page/?q=' + encodeURIComponent('污点'));
  await expect(searchbox(page)).toHaveValue('污点');
  await expect(results(page).first()).toHaveAttribute('href', /#taints-tolerations$/);
});

test('the address follows the query and drops it when search closes', async ({ page }) => {
  await page.goto('/pod/#pod-phases');
  await page.keyboard.press('Control+k');
  await searchbox(page).fill('就绪 探针');
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === '就绪 探针' && url.hash === '#pod-phases');
  await searchbox(page).fill('');
  await expect(page).toHaveURL((url) => !url.searchParams.has('q'));
  await searchbox(page).fill('HPA');
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === 'HPA');
  const historyLength = await page.evaluate(() => history.length);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL((url) => !url.searchParams.has('q') && url.pathname === '/pod/');
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  // The shared address reproduces the search.
  await page.goto('/?q=HPA');
  await expect.poll(() => shownQuery(page)).toBe('HPA');
  await expect(results(page).first()).toHaveAttribute('href', /#hpa$/);
});

test('landing from a result highlights the searched words in that question and scrolls to it', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchbox(page).fill('就绪探针');
  await expect(results(page).first()).toHaveAttribute('href', /#probe-types$/);
  await expect(results(page).first()).toHaveAttribute('href', /pagefind-highlight=%E6%8E%A2%E9%92%88/);
  await results(page).first().click();
  const question = page.locator('section.question', { has: page.locator('#probe-types') });
  await expect(question.locator('mark.search-highlight').first()).toBeVisible();
  // Once marked, the words leave the address: a copied link is clean.
  await expect(page).toHaveURL((url) => url.pathname === '/health-checks/' && url.hash === '#probe-types' && url.search === '');
  expect(await question.locator('mark.search-highlight', { hasText: '就绪' }).count()).toBeGreaterThan(0);
  // Only the landing question is marked, not the other questions on the page.
  expect(await page.locator('mark.search-highlight').count()).toBe(await question.locator('mark.search-highlight').count());
  await expect(page.locator('#probe-types')).toBeInViewport();
});

test('a highlight link shared on its own also marks and scrolls, then cleans the address', async ({ page }) => {
  await page.goto('/storage/?pagefind-highlight=StorageClass#storageclass');
  const question = page.locator('section.question', { has: page.locator('#storageclass') });
  await expect(question.locator('mark.search-highlight', { hasText: 'StorageClass' }).first()).toBeVisible();
  await expect(page.locator('#storageclass')).toBeInViewport();
  await expect(page).toHaveURL((url) => url.href.endsWith('/storage/#storageclass'));
});

test('pages opened without words to highlight do not fetch the highlight script', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/health-checks/#probe-types');
  await page.waitForLoadState('networkidle');
  expect(requested).not.toContain('/pagefind/pagefind-highlight.js');
  expect(await page.locator('mark.search-highlight').count()).toBe(0);
});

const markup = '<img src=x onerror=alert(1)>';

test('a query with markup is shown as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchbox(page).fill(markup);
  await expect.poll(() => shownQuery(page)).toBe(markup);
  // Shown as text: in the status, or, when a word was corrected, as the original to search instead.
  await expect(dialog(page)).toContainText(markup);
  await expect(dialog(page).locator('img')).toHaveCount(0);
  // The same text through a shared link.
  await page.goto('/?q=' + encodeURIComponent(markup));
  await expect(searchbox(page)).toHaveValue(markup);
  await expect(dialog(page)).toContainText(markup);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});

test('a sentence no single answer fully matches still finds the closest questions, marked as partial', async ({ page }) => {
  await page.goto('/?q=' + encodeURIComponent('为什么我的 Pod 在机房停电后一直重启'));
  await expect(dialog(page).getByRole('status')).toContainText('包含其中一部分');
  // Among the closest: the server room (机房) is mentioned by a few answers about networks, so the
  // troubleshooting question holding Pod and 重启 need not come first, but it must be in sight.
  await expect(results(page).first()).toBeVisible();
  const top3 = await results(page).evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')!.replace(/^.*#/, '')));
  expect(top3).toContain('pod-troubleshooting');
});

test('without JavaScript the search entry says search needs it and links to the topic list', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/health-checks/');
  const fallback = page.getByRole('banner').getByRole('link', { name: /搜索需要 JavaScript/ });
  await expect(fallback).toBeVisible();
  await expect(fallback).toHaveAttribute('href', '/#topics');
  await expect(page.getByRole('button', { name: /搜索/ })).toBeHidden();
  await context.close();
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('search fills the whole screen', async ({ page }) => {
    await page.goto('/pod/');
    await page.getByRole('banner').getByRole('button', { name: /搜索/ }).click();
    await searchbox(page).fill('边车容器');
    await expect(results(page).first()).toHaveAttribute('href', /#sidecar-containers$/);
    const box = await dialog(page).boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 390, height: 844 });
  });
});
