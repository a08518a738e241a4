import { test, expect, type Page } from '@playwright/test';

const button = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^主题：/ });
const shownIcon = (page: Page) => button(page).locator('svg').evaluateAll((svgs) => svgs.filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.getAttribute('class')));
const background = (page: Page) => page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('theme'));
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(13, 17, 23)';

test('the theme button cycles 跟随系统 → 浅色 → 深色, showing the state in force', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/health-checks/');
  const html = page.locator('html');
  await expect(html).not.toHaveAttribute('data-theme');
  await expect(button(page)).toHaveAccessibleName('主题：跟随系统，点按切换到浅色');
  expect(await shownIcon(page)).toEqual(['icon-system']);
  expect(await background(page)).toBe(DARK);
  const code = page.locator('.astro-code').first();
  const systemCode = await code.evaluate((el) => getComputedStyle(el).backgroundColor);

  await button(page).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(button(page)).toHaveAccessibleName('主题：浅色，点按切换到深色');
  expect(await shownIcon(page)).toEqual(['icon-sun']);
  expect(await background(page)).toBe(WHITE);
  expect(await code.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(systemCode);
  expect(await stored(page)).toBe('light');

  await button(page).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(button(page)).toHaveAccessibleName('主题：深色，点按切换到跟随系统');
  expect(await shownIcon(page)).toEqual(['icon-moon']);
  expect(await stored(page)).toBe('dark');

  await button(page).click();
  await expect(html).not.toHaveAttribute('data-theme');
  expect(await shownIcon(page)).toEqual(['icon-system']);
  expect(await stored(page)).toBeNull();
});

test('the choice is kept across pages and visits, and 跟随系统 follows the system as it changes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await button(page).click();
  await button(page).click();
  await page.goto('/questions/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await shownIcon(page)).toEqual(['icon-moon']);
  expect(await background(page)).toBe(DARK);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await button(page).click();
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await background(page)).toBe(WHITE);
  // Following the system means following it live, without a reload.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => background(page)).toBe(DARK);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => background(page)).toBe(WHITE);
});

test('the stored theme and its icon are right before any bundled script runs', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  // Block the bundled scripts: only the inline head script can have set the theme.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto('/health-checks/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await shownIcon(page)).toEqual(['icon-moon']);
});

test('every kind of page shows exactly one theme icon, whichever stylesheets it links first', async ({ page }) => {
  // Pages link different stylesheets in different orders; the layer order must hold on each.
  const pages = ['/', '/health-checks/', '/architecture/', '/q/probe-types/', '/questions/', '/practice/', '/no-such-page/'];
  for (const [stored, icon] of [[null, 'icon-system'], ['light', 'icon-sun'], ['dark', 'icon-moon']] as const) {
    for (const path of pages) {
      await page.goto(path);
      await page.evaluate((value) => (value ? localStorage.setItem('theme', value) : localStorage.removeItem('theme')), stored);
      await page.reload();
      expect(await shownIcon(page), `${path} with the theme ${stored ?? 'following the system'}`).toEqual([icon]);
    }
  }
});
