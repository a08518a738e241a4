import { test, expect, type Page } from '@playwright/test';

const dialog = (page: Page) => page.getByRole('dialog', { name: '搜索手册' });
const searchbox = (page: Page) => dialog(page).getByRole('searchbox');
const results = (page: Page) => dialog(page).getByRole('list', { name: '搜索结果' }).getByRole('link');

/** Types a query and waits until the results shown are the ones for it. */
async function searchFor(page: Page, query: string) {
  await searchbox(page).fill(query);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('.search-results')?.dataset.query === q, query.trim());
}

/** The question anchor a result link points at, whatever words it carries for highlighting. */
async function anchors(page: Page): Promise<string[]> {
  const hrefs = await results(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => new URL(h, 'http://x').pathname + new URL(h, 'http://x').hash);
}

test('the header button opens search, which lazy-loads Pagefind', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/health-checks/');
  await page.waitForLoadState('networkidle');
  expect(requested.some((p) => p.startsWith('/pagefind/'))).toBe(false);
  await page.getByRole('banner').getByRole('button', { name: /搜索/ }).click();
  await expect(dialog(page)).toBeVisible();
  await expect(searchbox(page)).toBeFocused();
  await expect.poll(() => requested.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
  // The spelling vocabulary comes with the search code, not before.
  await expect.poll(() => requested.includes('/pagefind/vocabulary.txt')).toBe(true);
});

test('reading a page fetches neither the search code nor its vocabulary', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/deployment-rollout/');
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(300);
  expect(requested.filter((p) => p.startsWith('/pagefind/') || /\/(engine|dialog)\.[^/]*\.js$|\/search\.[^/]*\.css$/.test(p))).toEqual([]);
});

test('search opens at once: words typed while its code arrives are kept, and it shows once its styles apply', async ({ page }) => {
  await page.goto('/health-checks/');
  // Hold the dialog's code back, as a slow network would.
  let release!: () => void;
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route(/\/dialog\.[^/]*\.js$/, async (route) => { await held; await route.continue(); });
  await page.keyboard.press('Control+K');
  await page.keyboard.type('探针');
  const opacity = () => page.locator('.search-dialog').evaluate((d) => getComputedStyle(d).opacity);
  expect(await opacity(), 'unstyled, the open dialog stays transparent').toBe('0');
  release();
  await expect.poll(opacity).toBe('1');
  await expect(searchbox(page)).toHaveValue('探针');
  await expect(results(page).first()).toBeVisible();
  expect(await anchors(page)).toContain('/health-checks/#probe-types');
});

test('when the search code cannot be fetched, the dialog shows and says so', async ({ page }) => {
  await page.goto('/health-checks/');
  await page.route(/\/dialog\.[^/]*\.js$/, (route) => route.abort());
  await page.getByRole('banner').getByRole('button', { name: /搜索/ }).click();
  await expect(dialog(page)).toContainText('搜索加载失败，请检查网络后刷新页面重试。');
  expect(await page.locator('.search-dialog').evaluate((d) => getComputedStyle(d).opacity)).toBe('1');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
});

test('Ctrl+K opens search and Escape closes it, returning focus where it was', async ({ page }) => {
  await page.goto('/');
  const brand = page.getByRole('link', { name: 'Kubernetes 面试手册' }).first();
  await brand.focus();
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(searchbox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(brand).toBeFocused();
});

test('Meta+K opens search as well', async ({ page }) => {
  await page.goto('/pod/');
  await page.keyboard.press('Meta+k');
  await expect(dialog(page)).toBeVisible();
});

test('the close button closes search and gives focus back to the button that opened it', async ({ page }) => {
  await page.goto('/');
  const opener = page.getByRole('banner').getByRole('button', { name: /搜索/ });
  await opener.click();
  await dialog(page).getByRole('button', { name: '关闭' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(opener).toBeFocused();
});

const cases: [string, string][] = [
  ['探针', '/health-checks/#probe-types'],
  ['livenessProbe', '/health-checks/#probe-types'],
  ['maxSurge', '/deployment-rollout/#rolling-update-params'],
  ['镜像拉取策略', '/deployment-rollout/#image-pull-policy'],
];
for (const [query, target] of cases) {
  test(`searching “${query}” leads to ${target}`, async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await searchFor(page, query);
    expect((await anchors(page))[0]).toBe(target);
    await results(page).first().click();
    const [path, hash] = target.split('#');
    await expect(page).toHaveURL((url) => url.pathname === path && url.hash === `#${hash}`);
    await expect(page.locator(`#${hash}`)).toBeInViewport();
  });
}

test('each result shows the question title, its topic and difficulty, and an excerpt', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchFor(page, 'maxSurge');
  const first = results(page).first();
  await expect(first.locator('.hit-title')).toHaveText('如何控制滚动更新的节奏（maxSurge 与 maxUnavailable）？默认值是多少？');
  await expect(first.locator('.hit-meta')).toHaveText('Deployment 发布、回滚与镜像策略 · 进阶');
  await expect(first.locator('.hit-excerpt mark').first()).toHaveText(/maxSurge/i);
  await expect(dialog(page).getByRole('status')).toContainText(/找到 \d+ 个相关问题/);
});

test('arrow keys move through the results and Enter opens the focused one', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchFor(page, 'maxSurge');
  await expect(results(page)).not.toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(searchbox(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/deployment-rollout\/(\?.*)?#rolling-update-params$/);
});

test('Enter in the search box opens the first result', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchFor(page, 'PodDisruptionBudget');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/workloads\/(\?.*)?#pdb$/);
});

test('typing while a result is focused goes back to the search box', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchFor(page, 'maxSurge');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('x');
  await expect(searchbox(page)).toBeFocused();
  await expect(searchbox(page)).toHaveValue('maxSurgex');
});

test('Tab and Shift+Tab stay inside the open dialog', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchFor(page, 'HPA');
  const insideDialog = () => page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]')));
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    expect(await insideDialog()).toBe(true);
  }
  await searchbox(page).focus();
  await page.keyboard.press('Shift+Tab');
  expect(await insideDialog()).toBe(true);
  await expect(searchbox(page)).not.toBeFocused();
});

test('the topic filter keeps only questions of that topic', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchFor(page, 'Pod');
  const before = await results(page).count();
  await dialog(page).getByRole('combobox', { name: '专题' }).selectOption('存储：Volume、PV、PVC 与 StorageClass');
  await expect.poll(async () => (await anchors(page)).every((a) => a.startsWith('/storage/#'))).toBe(true);
  await expect(results(page)).not.toHaveCount(0);
  const metas = await dialog(page).locator('.hit-meta').allTextContents();
  expect(metas.every((m) => m.startsWith('存储：'))).toBe(true);
  expect(before).toBeGreaterThan(0);
});

test('the difficulty filter keeps only questions of that difficulty', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchFor(page, '探针');
  await dialog(page).getByRole('combobox', { name: '难度' }).selectOption('入门');
  await expect.poll(async () => (await dialog(page).locator('.hit-meta').allTextContents()).every((m) => m.endsWith('· 入门'))).toBe(true);
  await expect(results(page)).not.toHaveCount(0);
  expect(await anchors(page)).not.toContain('/health-checks/#startup-probe');
});

test('a misspelt word is searched as the closest word the handbook uses, and the dialog says so and offers the original', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchFor(page, 'deploymnet');
  await expect(dialog(page).getByRole('status')).toContainText('已按“deployment”搜索');
  expect((await anchors(page))[0]).toMatch(/^\/workloads\/#deployment-/);
  await expect(results(page).first().locator('.hit-excerpt mark').first()).toHaveText(/deployment/i);
  const original = dialog(page).getByRole('link', { name: 'deploymnet' });
  await expect(original).toHaveAttribute('href', /[?&]q=deploymnet&exact=1/);
  await original.click();
  await expect(dialog(page).getByRole('status')).not.toContainText('已按');
  await expect(original).toBeHidden();
  await expect(searchbox(page)).toHaveValue('deploymnet');
  await expect(searchbox(page)).toBeFocused();
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === 'deploymnet' && url.searchParams.get('exact') === '1');
  // Typing again searches with correction again.
  await searchbox(page).fill('readness probe');
  await expect(dialog(page).getByRole('status')).toContainText('已按“readiness probe”搜索');
  expect((await anchors(page))[0]).toBe('/health-checks/#probe-types');
  await expect(page).toHaveURL((url) => !url.searchParams.has('exact'));
});

test('a shared link to an exact search runs it as typed', async ({ page }) => {
  await page.goto('/?q=deploymnet&exact=1');
  await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>('.search-results')?.dataset.query)).toBe('deploymnet');
  await expect(dialog(page).getByRole('status')).not.toContainText('已按');
});

test('a long colloquial sentence still finds the question it names', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchFor(page, '请问大佬 pod 起不来是啥情况呀');
  expect((await anchors(page))[0]).toBe('/pod/#pod-troubleshooting');
  // One known word in a sentence of words no answer uses is enough for results.
  await searchFor(page, '我那个 svc 突然就访问不了了咋整');
  await expect(results(page)).not.toHaveCount(0);
});

test('a query that matches nothing says so in Chinese and suggests the topic list', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchFor(page, 'zzqxjv');
  await expect(dialog(page).getByRole('status')).toHaveText('没有找到与“zzqxjv”相关的问题');
  await expect(results(page)).toHaveCount(0);
  const topics = dialog(page).getByRole('link', { name: '浏览全部专题' });
  await expect(topics).toHaveAttribute('href', '/#topics');
  await topics.click();
  await expect(page).toHaveURL(/\/#topics$/);
  await expect(page.getByRole('heading', { name: /全部专题/ })).toBeInViewport();
});

test('when the filters exclude every match, the empty state offers to clear them', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchFor(page, 'maxSurge');
  await dialog(page).getByRole('combobox', { name: '专题' }).selectOption('Helm 包管理');
  await expect(dialog(page).getByRole('status')).toContainText('没有找到');
  await dialog(page).getByRole('button', { name: '清除筛选条件' }).click();
  await expect(results(page).first()).toBeVisible();
  await expect(dialog(page).getByRole('combobox', { name: '专题' })).toHaveValue('');
});

test('reopening search on the same query keeps its results, so arrow keys act at once', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchFor(page, '探针');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await page.evaluate(() => { (document.querySelector('.search-results a') as HTMLElement & { _kept?: boolean })._kept = true; });
  await page.keyboard.press('Control+k');
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first()).toBeFocused();
  await page.waitForTimeout(400);
  // The very same element, not a re-render: a re-render would have taken focus away.
  expect(await page.evaluate(() => (document.querySelector('.search-results a') as HTMLElement & { _kept?: boolean })._kept)).toBe(true);
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/health-checks\/.*#probe-types$/);
});
