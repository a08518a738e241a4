import { test, expect } from '@playwright/test';

test('the home page lists every topic in learner order', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const cards = page.locator('.topic-grid .topic-card');
  await expect(cards.first()).toBeVisible();
  const hrefs = await cards.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/health-checks/');
  expect(hrefs).toContain('/deployment-rollout/');
  expect(hrefs.indexOf('/health-checks/')).toBeLessThan(hrefs.indexOf('/deployment-rollout/'));
  await expect(page.getByRole('link', { name: /健康检查/ }).first()).toBeVisible();
});

test('a topic page shows its questions with ASCII ids and a table of contents that links to them', async ({ page }) => {
  await page.goto('/health-checks/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('探针');
  const ids = await page.locator('main section.question > h2').evaluateAll((hs) => hs.map((h) => h.id));
  expect(ids).toEqual(['probe-types', 'startup-probe', 'probe-mechanisms', 'probe-parameters', 'probe-results']);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  const toc = page.getByRole('navigation', { name: '本页问题' });
  const tocHrefs = await toc.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(tocHrefs).toEqual(ids.map((id) => `#${id}`));
  await toc.getByRole('link').nth(3).click();
  await expect(page).toHaveURL(/#probe-parameters$/);
  await expect(page.locator('#probe-parameters')).toBeInViewport();
});

test('each question shows its difficulty, one-line answer and answer parts', async ({ page }) => {
  await page.goto('/deployment-rollout/');
  const section = page.locator('section.question', { has: page.locator('#rolling-update-params') });
  await expect(section.locator('.badge')).toHaveText(/入门|进阶|深入/);
  await expect(section.locator('.tldr')).toContainText('一句话回答');
  await expect(section.locator('.answer h3').first()).toBeVisible();
  // Headings inside answers carry no ids, so only questions are anchors.
  expect(await section.locator('.answer h3[id]').count()).toBe(0);
});

test('previous and next links join the topics', async ({ page }) => {
  await page.goto('/health-checks/');
  const pager = page.getByRole('navigation', { name: '上一个和下一个专题' });
  await expect(pager.getByRole('link')).not.toHaveCount(0);
  const next = pager.locator('a[rel="next"]');
  const href = await next.getAttribute('href');
  await next.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('an unknown address shows the Chinese 404 page with a way to search', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('页面不存在');
  await page.locator('main').getByRole('button', { name: '搜索问题' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
});
