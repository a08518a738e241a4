import { test, expect, type Page } from '@playwright/test';

/** Layout shift on the page so far, as the browser scores it (CLS without the session windows). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(total), 500);
  }));
}

test('the home page says what the handbook is and for whom, and starts at the first question', async ({ page }) => {
  await page.goto('/');
  const firstTopic = await page.locator('.topic-card').first().getAttribute('href');
  await page.goto(firstTopic!);
  const first = page.locator('main section.question > h2').first();
  const [id, title] = [await first.getAttribute('id'), (await first.textContent())!.trim()];
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kubernetes 面试手册');
  await expect(page.locator('.lead')).toContainText('面试题手册');
  await expect(page.locator('.audience')).toContainText('写给');
  const start = page.getByRole('link', { name: /从第一题开始/ });
  await expect(start).toBeInViewport();
  await expect(start).toHaveAttribute('href', `/q/${id}/`);
  await start.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('the learner\'s path shows every topic in order on even cards', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('.topic-grid .topic-card');
  const orders = (await cards.locator('.topic-order').allTextContents()).map(Number);
  expect(orders).toEqual([...orders].sort((a, b) => a - b));
  expect(orders.length).toBeGreaterThan(10);
  for (const width of [1440, 768, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const shape = await cards.evaluateAll((as) => as.map((a) => {
      const card = a.getBoundingClientRect();
      const title = a.querySelector('.topic-title')!.getBoundingClientRect();
      const count = a.querySelector('.topic-count')!.getBoundingClientRect();
      return { height: Math.round(card.height), titleAt: Math.round(title.top - card.top), countGap: Math.round(card.bottom - count.bottom) };
    }));
    // Even cards: one height; every title at the same place, Latin or not; the count at the foot.
    expect(new Set(shape.map((s) => s.height)).size, `${width}px: card heights ${shape.map((s) => s.height)}`).toBe(1);
    expect(new Set(shape.map((s) => s.titleAt)).size, `${width}px: title offsets ${shape.map((s) => s.titleAt)}`).toBe(1);
    expect(new Set(shape.map((s) => s.countGap)).size, `${width}px: count offsets`).toBe(1);
  }
});

for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  test(`at ${viewport.width} px search is prominent, nothing shifts while the page loads, and the page fills its width evenly`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    const search = page.locator('main').getByRole('button', { name: /搜索问题/ });
    await expect(search).toBeInViewport();
    expect(await layoutShift(page)).toBe(0);
    const main = await page.locator('main').boundingBox();
    const left = main!.x;
    const right = viewport.width - (main!.x + main!.width);
    expect(Math.abs(left - right), 'the content sits in the middle').toBeLessThan(24);
    if (viewport.width === 1440) {
      expect(main!.width).toBeGreaterThan(1100);
      // The first screen holds the introduction and an overview side by side, not one narrow column.
      const panel = await page.locator('.hero-panel').boundingBox();
      expect(panel!.x).toBeGreaterThan(viewport.width / 2);
      expect(panel!.y).toBeLessThan(400);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await search.click();
    await expect(page.getByRole('dialog', { name: '搜索手册' })).toBeVisible();
  });
}

test('the footer leads to the list of every question, not to the XML sitemap', async ({ page }) => {
  for (const path of ['/', '/health-checks/', '/q/probe-types/', '/questions/', '/no-such-page/']) {
    await page.goto(path);
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: '全部问题' })).toHaveAttribute('href', '/questions/');
    await expect(footer.locator('a[href*="sitemap"]')).toHaveCount(0);
  }
});
