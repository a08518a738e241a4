import { test, expect, type Page } from '@playwright/test';
import { sitemapPaths, pageKind } from './support/pages.ts';

const toc = (page: Page) => page.getByRole('navigation', { name: '本页问题' });

/**
 * The boxes of the list's links and numbers, to compare before and after something changes. They are
 * measured from the list's own top: the list may scroll to keep the marked question in sight, which is
 * not a layout shift.
 */
const boxes = (page: Page) => page.locator('.toc li').evaluateAll((lis) => lis.map((li) => {
  const r = li.getBoundingClientRect();
  const list = li.parentElement!.getBoundingClientRect();
  return [r.x - list.x, r.y - list.y, r.width, r.height].map(Math.round).join(',');
}));

test.describe('on a 1440 px screen', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('on every topic the question list fits its column, numbers each question and has a heading', async ({ page, request }) => {
    const topics = (await sitemapPaths(request)).filter((p) => pageKind(p) === 'topic');
    test.setTimeout(30_000 + topics.length * 3_000);
    const problems: string[] = [];
    let longest = 0;
    for (const path of topics) {
      await page.goto(path);
      await expect(toc(page).getByText('本页问题', { exact: true })).toBeVisible();
      const found = await page.evaluate(() => {
        const box = document.querySelector('.toc')!;
        const edge = box.getBoundingClientRect();
        const out: string[] = [];
        if (box.scrollWidth > box.clientWidth) out.push(`the list is ${box.scrollWidth - box.clientWidth}px wider than its box`);
        document.querySelectorAll('.toc li').forEach((li, i) => {
          const num = li.querySelector<HTMLElement>('.toc-num')!;
          const link = li.querySelector('a')!.getBoundingClientRect();
          const n = num.getBoundingClientRect();
          if (num.textContent !== `${i + 1}.`) out.push(`item ${i + 1} is numbered "${num.textContent}"`);
          if (num.scrollWidth > num.clientWidth || n.left < edge.left) out.push(`number ${i + 1} is cut`);
          if (link.right > edge.right + 0.5) out.push(`item ${i + 1} runs ${Math.round(link.right - edge.right)}px past the box`);
        });
        return { out, count: document.querySelectorAll('.toc li').length };
      });
      longest = Math.max(longest, found.count);
      problems.push(...found.out.map((p) => `${path}: ${p}`));
    }
    expect(longest, 'some topic has ten or more questions').toBeGreaterThanOrEqual(10);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('the question in view is marked as the reader scrolls, and marking moves nothing', async ({ page }) => {
    await page.goto('/architecture/');
    const links = toc(page).getByRole('link');
    const ids = await page.locator('main section.question > h2').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.length).toBeGreaterThanOrEqual(10);
    const before = await boxes(page);
    for (const i of [3, 10, 1]) {
      await page.locator(`#${ids[i]}`).evaluate((h) => h.scrollIntoView({ block: 'start' }));
      await expect(links.nth(i)).toHaveAttribute('aria-current', 'location');
      await expect(page.locator('.toc a[aria-current]')).toHaveCount(1);
      expect(await boxes(page)).toEqual(before);
    }
    // At the very end of the page the last question counts as read, even if its heading is low.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(links.last()).toHaveAttribute('aria-current', 'location');
    // The marked link is kept in sight inside the list's own scroll box.
    await expect(links.last()).toBeInViewport();
    const shifts = await page.evaluate(() => new Promise<number>((resolve) => {
      let total = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => resolve(total), 300);
    }));
    expect(shifts).toBe(0);
  });

  test('a page opened at a question marks that question at once', async ({ page }) => {
    await page.goto('/architecture/');
    const id = await page.locator('main section.question > h2').nth(5).getAttribute('id');
    await page.goto(`/architecture/#${id}`);
    await expect(toc(page).locator(`a[href="#${id}"]`)).toHaveAttribute('aria-current', 'location');
  });

  test('the question list ends above the back-to-top control, and its heading stays in sight', async ({ page }) => {
    await page.goto('/architecture/');
    await page.locator('main section.question').last().evaluate((el) => el.scrollIntoView());
    const control = page.getByRole('link', { name: '回到顶部' });
    await expect(control).toBeVisible();
    const list = (await page.locator('.toc-column > .toc').boundingBox())!;
    const button = (await control.boundingBox())!;
    expect(list.y + list.height, 'the list stops above the control').toBeLessThanOrEqual(button.y);
    await expect(page.locator('.toc-heading')).toBeInViewport({ ratio: 1 });
  });
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('choosing a question closes the list and lands on the question', async ({ page }) => {
    await page.goto('/deployment-rollout/');
    await page.getByText(/本页问题（\d+）/).click();
    await expect(toc(page)).toBeVisible();
    const target = toc(page).getByRole('link').nth(4);
    const id = (await target.getAttribute('href'))!.slice(1);
    await target.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.locator('details.toc')).not.toHaveAttribute('open');
    await expect(toc(page)).toBeHidden();
    const heading = page.locator(`#${id}`);
    await expect(heading).toBeInViewport();
    const header = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().bottom);
    expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(header);
  });

  test('the keyboard opens the list, chooses a question and the list folds away', async ({ page }) => {
    await page.goto('/health-checks/');
    await page.locator('details.toc > summary').focus();
    await page.keyboard.press('Enter');
    await expect(toc(page)).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(toc(page).getByRole('link').nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#startup-probe$/);
    await expect(toc(page)).toBeHidden();
    await expect(page.locator('#startup-probe')).toBeInViewport();
  });
});

for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  test(`at ${viewport.width} px a back-to-top control shows once the page has scrolled and returns to the top`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/architecture/');
    const control = page.getByRole('link', { name: '回到顶部' });
    // At the top it is not shown, nor in the tab order.
    await expect(control).toBeHidden();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect(control).toBeVisible();
    await control.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    // From the keyboard too.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await control.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  });
}

test('without JavaScript the back-to-top control still returns to the top', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/questions/');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await page.getByRole('link', { name: '回到顶部' }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await context.close();
});
