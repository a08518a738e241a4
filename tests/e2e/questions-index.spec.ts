import { test, expect, type Page } from '@playwright/test';
import { sitemapPaths, pageKind } from './support/pages.ts';

const items = (page: Page) => page.locator('.qi-item');
const visibleIds = (page: Page) => page.locator('.qi-item:visible .qi-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

test('/questions/ lists every question with its topic, difficulty and one-line answer', async ({ page, request }) => {
  const questionPages = (await sitemapPaths(request)).filter((p) => pageKind(p) === 'question');
  await page.goto('/questions/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部问题');
  expect((await visibleIds(page)).sort()).toEqual([...questionPages].sort());
  const rows = await items(page).evaluateAll((lis) => lis.map((li) => ({
    topic: li.closest('section')?.querySelector('h2')?.textContent?.trim() ?? '',
    badge: li.querySelector('.badge')?.textContent ?? '',
    summary: li.querySelector('.qi-summary')?.textContent?.trim() ?? '',
  })));
  for (const r of rows) {
    expect(r.topic).not.toBe('');
    expect(r.badge).toMatch(/入门|进阶|深入/);
    expect(r.summary.length).toBeGreaterThan(10);
  }
  // The one-line answer is the question's own.
  const first = items(page).first();
  const href = await first.locator('.qi-title a').getAttribute('href');
  const summary = await first.locator('.qi-summary').textContent();
  await page.goto(href!);
  await expect(page.locator('main .tldr')).toContainText(summary!.trim());
});

test('filters narrow the list by topic and difficulty, say how many are left and keep the choice in the address', async ({ page }) => {
  await page.goto('/questions/');
  const total = await items(page).count();
  const count = page.getByRole('status').filter({ hasText: '道题' });
  await expect(count).toHaveText(`共 ${total} 道题`);
  await page.getByRole('combobox', { name: '专题' }).selectOption('health-checks');
  const inTopic = await page.locator('.qi-topic[data-topic="health-checks"] .qi-item').count();
  expect(await visibleIds(page)).toHaveLength(inTopic);
  await expect(page.locator('.qi-topic:visible')).toHaveCount(1);
  await expect(count).toHaveText(`显示 ${inTopic} / ${total} 道题`);
  await expect(page).toHaveURL(/\?topic=health-checks$/);

  await page.getByRole('combobox', { name: '难度' }).selectOption('入门');
  const both = await page.locator('.qi-topic[data-topic="health-checks"] .qi-item[data-difficulty="入门"]').count();
  expect(both).toBeGreaterThan(0);
  expect(both).toBeLessThan(inTopic);
  expect(await visibleIds(page)).toHaveLength(both);
  await expect(page.locator('.qi-item:visible .badge')).toHaveText(Array(both).fill(/入门/));
  await page.reload();
  await expect(page.getByRole('combobox', { name: '专题' })).toHaveValue('health-checks');
  await expect(page.getByRole('combobox', { name: '难度' })).toHaveValue('入门');
  expect(await visibleIds(page)).toHaveLength(both);

  await page.getByRole('combobox', { name: '专题' }).selectOption('');
  const easy = await page.locator('.qi-item[data-difficulty="入门"]').count();
  expect(await visibleIds(page)).toHaveLength(easy);
  await page.getByRole('combobox', { name: '难度' }).selectOption('');
  expect(await visibleIds(page)).toHaveLength(total);
  await expect(page).toHaveURL(/\/questions\/$/);
});

test('a choice nothing matches says so', async ({ page }) => {
  await page.goto('/questions/');
  // A topic that has no question of some difficulty, found from the page itself.
  const empty = await page.evaluate(() => {
    for (const section of document.querySelectorAll<HTMLElement>('.qi-topic')) {
      for (const level of ['入门', '进阶', '深入']) {
        if (!section.querySelector(`.qi-item[data-difficulty="${level}"]`)) return { topic: section.dataset.topic!, level };
      }
    }
    return undefined;
  });
  test.skip(!empty, 'every topic has every difficulty');
  await page.goto(`/questions/?topic=${empty!.topic}&difficulty=${encodeURIComponent(empty!.level)}`);
  await expect(page.getByText('没有符合条件的问题')).toBeVisible();
  expect(await visibleIds(page)).toHaveLength(0);
});

test('without JavaScript the whole list shows and no filter that cannot work is offered', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/questions/?topic=health-checks');
  const total = await items(page).count();
  expect(await visibleIds(page)).toHaveLength(total);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.locator('.qi-filters')).toBeHidden();
  await context.close();
});

test('/questions/ prints as a plain review sheet: every answer, no controls, dark on white', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  await page.goto('/questions/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('.qi-filters')).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('link', { name: '回到顶部' })).toBeHidden();
  const colours = await page.locator('body').evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
  expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
  const summary = await page.locator('.qi-summary').first().evaluate((p) => getComputedStyle(p).color);
  expect(summary).toBe('rgb(0, 0, 0)');
  expect(await page.locator('.qi-item').first().evaluate((li) => getComputedStyle(li).breakInside)).toBe('avoid');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  // Compact: the whole sheet on a handful of pages, not a page per question.
  expect(pages).toBeGreaterThan(3);
  expect(pages).toBeLessThan(await page.locator('.qi-item').count() / 3);
});
