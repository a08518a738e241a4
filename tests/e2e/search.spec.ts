import { test, expect, type Page } from '@playwright/test';

async function searchFor(page: Page, query: string) {
  const input = page.getByRole('dialog').getByRole('searchbox');
  await input.fill(query);
  const first = page.locator('.search-results a').first();
  await expect(first).toBeVisible();
  return first;
}

test('the header button opens search, which lazy-loads Pagefind', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/health-checks/');
  await page.waitForLoadState('networkidle');
  expect(requested.some((p) => p.startsWith('/pagefind/'))).toBe(false);
  await page.getByRole('banner').getByRole('button', { name: /搜索/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
  await expect.poll(() => requested.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
});

test('Ctrl+K opens search and Escape closes it', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
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
    const first = await searchFor(page, query);
    await expect(first).toHaveAttribute('href', target);
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${target.replace(/[/#]/g, '\\$&')}$`));
    await expect(page.locator(target.slice(target.indexOf('#')))).toBeInViewport();
  });
}

test('arrow keys move through results and Enter opens one', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await searchFor(page, 'maxSurge');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.search-results a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#rolling-update-params$/);
});

test('a query that matches nothing says so in Chinese', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('zzqxjv');
  await expect(page.locator('.search-status')).toContainText('没有找到');
});
