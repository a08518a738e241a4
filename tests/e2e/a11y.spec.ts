import { test, expect } from '@playwright/test';
import { sitemapPaths, MISSING_PAGE, useTheme, type Theme } from './support/pages.ts';
import { violations } from './support/axe.ts';

// The pages are scanned in shards, so no single test carries the whole site and its time limit
// does not depend on how many pages there are or how fast the machine is.
const SHARDS = 8;

for (const theme of ['light', 'dark'] as Theme[]) {
  for (let shard = 0; shard < SHARDS; shard++) {
    test(`sitemap pages, shard ${shard + 1}/${SHARDS}, meet WCAG 2.2 AA in the ${theme} theme`, async ({ page, request }) => {
      const all = [...(await sitemapPaths(request)), MISSING_PAGE];
      const mine = all.filter((_, i) => i % SHARDS === shard);
      test.setTimeout(60_000 + mine.length * 30_000);
      await useTheme(page, theme);
      const found: string[] = [];
      for (const path of mine) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        found.push(...(await violations(page, `${path} [${theme}]`)));
      }
      expect(found, found.join('\n')).toEqual([]);
    });
  }

  test(`search with results meets WCAG 2.2 AA in the ${theme} theme`, async ({ page }) => {
    await useTheme(page, theme);
    await page.goto('/');
    await page.keyboard.press('Control+k');
    // A misspelt word, so the scan also covers the line offering the original.
    await page.getByRole('dialog').getByRole('searchbox').fill('readness 探针');
    await expect(page.locator('.search-results a').first()).toBeVisible();
    await expect(page.locator('.search-correction a')).toBeVisible();
    const found = await violations(page, `search [${theme}]`, '.search-dialog');
    expect(found, found.join('\n')).toEqual([]);
  });

  test(`an open field-doc popover with its link meets WCAG 2.2 AA in the ${theme} theme`, async ({ page }) => {
    await useTheme(page, theme);
    await page.goto('/q/rolling-update-params/');
    const key = page.locator('.doc-key[data-doc="TypeMeta-kind"]').first();
    await key.scrollIntoViewIfNeeded();
    await key.hover();
    await expect(page.getByRole('dialog', { name: '字段说明' }).getByRole('link')).toBeVisible();
    const found = await violations(page, `field-doc popover [${theme}]`);
    expect(found, found.join('\n')).toEqual([]);
  });

  test(`the question list marking the question in view and a filtered /questions/ meet WCAG 2.2 AA in the ${theme} theme`, async ({ page }) => {
    await useTheme(page, theme);
    await page.goto('/architecture/');
    await page.locator('main section.question > h2').nth(4).evaluate((h) => h.scrollIntoView());
    await expect(page.locator('.toc a[aria-current]')).toHaveCount(1);
    const found = await violations(page, `/architecture/ marked [${theme}]`);
    await page.goto('/questions/?difficulty=%E6%B7%B1%E5%85%A5');
    await expect(page.getByRole('status').filter({ hasText: '道题' })).toContainText('显示');
    found.push(...(await violations(page, `/questions/ filtered [${theme}]`)));
    expect(found, found.join('\n')).toEqual([]);
  });

  test(`folded menus on a phone meet WCAG 2.2 AA when opened in the ${theme} theme`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await useTheme(page, theme);
    await page.goto('/deployment-rollout/');
    await page.getByText('专题菜单').click();
    await page.getByText(/本页问题（\d+）/).click();
    const found = await violations(page, `/deployment-rollout/ phone [${theme}]`);
    expect(found, found.join('\n')).toEqual([]);
  });
}
