import { test, expect } from '@playwright/test';

test('copy-link puts the permalink of the question, on the configured origin, on the clipboard and says so politely', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/deployment-rollout/');
  const section = page.locator('section.question', { has: page.locator('#image-pull-policy') });
  await section.getByRole('button', { name: '复制链接' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${process.env.E2E_SITE_URL}/q/image-pull-policy/`);
  await expect(page.locator('#announcer')).toHaveText('链接已复制到剪贴板');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // The same from the question's own page, and the address copied is that page's canonical one.
  await page.goto('/q/image-pull-policy/');
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(copied);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', copied);
});

test('the copy button copies a code block exactly as shown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/health-checks/');
  const frame = page.locator('figure.code-frame').first();
  await frame.getByRole('button', { name: /复制/ }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const shown = await frame.locator('pre code').evaluate((c) => Array.from(c.querySelectorAll('.line'), (l) => l.textContent).join('\n'));
  expect(copied).toBe(shown);
  expect(copied.length).toBeGreaterThan(20);
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('no page scrolls sideways', async ({ page }) => {
    for (const path of ['/', '/health-checks/', '/deployment-rollout/', '/q/rolling-update-params/', '/questions/', '/404.html']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('the topic menu opens and leads to a topic', async ({ page }) => {
    await page.goto('/health-checks/');
    const nav = page.getByRole('navigation', { name: '专题', exact: true });
    await expect(nav).toBeHidden();
    await page.getByText('专题菜单').click();
    await expect(nav).toBeVisible();
    await nav.getByRole('link', { name: /Deployment/ }).click();
    await expect(page).toHaveURL(/\/deployment-rollout\/$/);
  });

  test('the table of contents folds and unfolds', async ({ page }) => {
    await page.goto('/health-checks/');
    const toc = page.getByRole('navigation', { name: '本页问题' });
    await expect(toc).toBeHidden();
    await page.getByText(/本页问题（\d+）/).click();
    await expect(toc).toBeVisible();
  });
});
