import { test, expect, type Page } from '@playwright/test';

/** What the focused element looks like: is there a focus ring, can it be seen, what is it. */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { label: 'nothing', ring: false, seen: false, text: '', inMain: false };
    const style = getComputedStyle(el);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    const box = el.getBoundingClientRect();
    // A link that wraps is probed on its first line, where its text certainly is.
    const line = el.getClientRects()[0] ?? box;
    const x = Math.min(Math.max(line.left + Math.min(line.width / 2, 20), 0), innerWidth - 1);
    const y = Math.min(Math.max(line.top + line.height / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    // Seen: it has a size, lies inside the window, and nothing (such as the sticky header) covers it.
    const seen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight
      && box.right > 0 && box.left < innerWidth && !!hit && (hit === el || el.contains(hit));
    const label = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}> "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    return { label, ring, seen, text: el.textContent ?? '', inMain: !!el.closest('main') };
  });
}

/** Fails unless the focused element shows a focus ring and can be seen. */
async function expectVisibleFocus(page: Page, step: string) {
  const state = await focusState(page);
  expect(state.ring, `${step}: ${state.label} has no visible focus ring`).toBe(true);
  expect(state.seen, `${step}: ${state.label} is focused but off screen or covered`).toBe(true);
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, checking at every stop on the
 * way that focus can be seen, as a keyboard user would need to.
 */
async function tabTo(page: Page, selector: string, name: RegExp, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await expectVisibleFocus(page, `tab stop ${i + 1} towards ${selector} ${name}`);
    const found = await page.evaluate(([sel, source]) => {
      const el = document.activeElement;
      return !!el && el.matches(sel!) && new RegExp(source!).test(el.textContent ?? '');
    }, [selector, name.source]);
    if (found) return;
  }
  throw new Error(`no ${selector} named ${name} within ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

const layouts = [
  { name: 'a wide window', viewport: { width: 1366, height: 800 }, folded: false },
  { name: 'a narrow window', viewport: { width: 390, height: 844 }, folded: true },
];

for (const layout of layouts) {
  test.describe(`in ${layout.name}`, () => {
    test.use({ viewport: layout.viewport });

    test('a keyboard alone goes from the skip link through the menus to a question, into search and back', async ({ page }) => {
      await page.goto('/health-checks/');

      // Skip link: the first stop, shown when focused, and it moves focus to the answers.
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
      await expectVisibleFocus(page, 'skip link');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#content$/);
      await expect(page.locator('main#content')).toBeFocused();
      await page.keyboard.press('Tab');
      expect((await focusState(page)).inMain, 'the stop after the skip link is inside the main content').toBe(true);
      await expectVisibleFocus(page, 'first stop in the main content');

      // Topic menu: back up to it, open it where it is folded, and follow a topic.
      if (layout.folded) {
        await tabTo(page, 'details.sidebar > summary', /专题菜单/, { back: true });
        await page.keyboard.press('Enter');
        await expect(page.getByRole('navigation', { name: '专题', exact: true })).toBeVisible();
        await tabTo(page, '.topic-list a', /Deployment/);
      } else {
        await tabTo(page, '.topic-list a', /Deployment/, { back: true });
      }
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/deployment-rollout\/$/);

      // Table of contents: reach it, open it where it is folded, and jump to a question.
      if (layout.folded) {
        await tabTo(page, 'details.toc > summary', /本页问题/);
        await page.keyboard.press('Enter');
        await expect(page.getByRole('navigation', { name: '本页问题' })).toBeVisible();
      }
      const target = await page.locator('main section.question > h2').nth(2).getAttribute('id');
      const title = await page.locator(`#${target}`).textContent();
      await tabTo(page, '.toc a', new RegExp(title!.slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`#${target}$`));
      const heading = page.locator(`#${target}`);
      await expect(heading).toBeInViewport();
      const headerBottom = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().bottom);
      expect((await heading.boundingBox())!.y, 'the question heading is not under the sticky header').toBeGreaterThanOrEqual(headerBottom);

      // The next Tab continues inside that question, not back at the top of the page.
      await page.keyboard.press('Tab');
      await expectVisibleFocus(page, 'first stop in the chosen question');
      const inQuestion = await page.evaluate((id) => !!document.activeElement?.closest(`section[aria-labelledby="${id}"]`), target);
      expect(inQuestion, 'focus moved into the chosen question').toBe(true);
      const before = await focusState(page);

      // Search and back: open it from the keyboard, walk the results, close it, and carry on where we were.
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('searchbox')).toBeFocused();
      await expectVisibleFocus(page, 'search box');
      await page.keyboard.type('探针');
      await expect(dialog.locator('.search-results a').first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      await expect(dialog.locator('.search-results a').first()).toBeFocused();
      await expectVisibleFocus(page, 'first search result');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      const after = await focusState(page);
      expect(after.label, 'focus returns to where it was before search opened').toBe(before.label);
      await expectVisibleFocus(page, 'back from search');

      // A result chosen with Enter opens its question; Back returns to the address of the question we were reading.
      // (Where it scrolls to then is the browser's scroll restoration, which a folded menu can shift.)
      await page.keyboard.press('Control+k');
      await page.keyboard.press('ArrowDown');
      const result = dialog.locator('.search-results a').first();
      await expect(result).toBeFocused();
      const href = await result.getAttribute('href');
      expect(href).not.toContain(`#${target}`);
      await page.keyboard.press('Enter');
      // The words to highlight leave the address once marked, so compare the page and the question.
      const opened = new URL(href!, 'http://x');
      await expect(page).toHaveURL((url) => url.pathname === opened.pathname && url.hash === opened.hash);
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`/deployment-rollout/#${target}$`));
      await expect(heading).toBeAttached();
    });
  });
}
