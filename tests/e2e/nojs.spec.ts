import { test, expect, type Page } from '@playwright/test';
import { sitemapPaths, MISSING_PAGE, pageKind } from './support/pages.ts';
import { contrastRatio } from '../helpers/contrast.ts';

test.use({ javaScriptEnabled: false });

test('every page is readable without JavaScript and offers no control that would need it', async ({ page, request }) => {
  const paths = [...(await sitemapPaths(request)), MISSING_PAGE];
  test.setTimeout(60_000 + paths.length * 2_000);
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('html'), `${path}: scripts really are off`).toHaveClass(/\bno-js\b/);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    const text = (await page.locator('main').innerText()).trim();
    if (text.length < 40) problems.push(`${path}: main shows only ${text.length} characters`);
    // Buttons only work with scripts, so none may be shown.
    const buttons = await page.locator('button:visible').count();
    if (buttons) problems.push(`${path}: ${buttons} button(s) shown that cannot work`);
    const kind = pageKind(path);
    if (kind === 'topic' || kind === 'question') {
      // A topic page holds sections, a question page one article: each shows its one-line answer and its answer.
      const questions = await page.locator('main .question').count();
      const readable = await page.locator('main .question .tldr:visible').count();
      const answers = await page.locator('main .question .answer:visible').count();
      if (!questions || readable !== questions || answers !== questions) problems.push(`${path}: ${readable} of ${questions} questions show their answer`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('without JavaScript /practice/ says it needs JavaScript and leads to the questions', async ({ page }) => {
  await page.goto('/practice/');
  const main = page.locator('main');
  // Playwright's text matching skips <noscript>, so the shown text is read as the browser lays it out.
  const note = main.locator('noscript p');
  await expect(note).toBeVisible();
  await expect(note).toContainText('练习模式需要启用 JavaScript', { useInnerText: true });
  await expect(main.locator('.practice')).toBeHidden();
  const link = main.getByRole('link', { name: '全部问题速查' });
  await link.click();
  await expect(page).toHaveURL(/\/questions\/$/);
  await expect(page.locator('main li').first()).toBeVisible();
});

test('without JavaScript topic pages offer no rating control and show no progress', async ({ page }) => {
  await page.goto('/health-checks/');
  await expect(page.locator('.rate').first()).toBeHidden();
  await expect(page.locator('.progress:visible')).toHaveCount(0);
});

test('without JavaScript the header points readers to the topics instead of search', async ({ page }) => {
  await page.goto('/health-checks/');
  const fallback = page.getByRole('banner').getByRole('link', { name: /搜索需要 JavaScript/ });
  await expect(fallback).toBeVisible();
  await fallback.click();
  await expect(page).toHaveURL(/\/#topics$/);
  await expect(page.locator('#topics')).toBeInViewport();
});

test('on a wide screen the topic menu and table of contents are shown and work without JavaScript', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto('/health-checks/');
  const toc = page.getByRole('navigation', { name: '本页问题' });
  await expect(page.getByRole('navigation', { name: '专题', exact: true })).toBeVisible();
  await expect(toc).toBeVisible();
  await toc.getByRole('link').nth(2).click();
  await expect(page).toHaveURL(/#probe-mechanisms$/);
  await expect(page.locator('#probe-mechanisms')).toBeInViewport();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the folded topic menu opens and leads to a topic without JavaScript', async ({ page }) => {
    await page.goto('/health-checks/');
    const menu = page.getByRole('navigation', { name: '专题', exact: true });
    await expect(menu).toBeHidden();
    await page.getByText('专题菜单').click();
    await expect(menu).toBeVisible();
    await menu.getByRole('link', { name: /Deployment/ }).click();
    await expect(page).toHaveURL(/\/deployment-rollout\/$/);
  });

  test('the folded table of contents opens and jumps to a question without JavaScript', async ({ page }) => {
    await page.goto('/deployment-rollout/');
    const toc = page.getByRole('navigation', { name: '本页问题' });
    await expect(toc).toBeHidden();
    await page.getByText(/本页问题（\d+）/).click();
    await expect(toc).toBeVisible();
    await toc.getByRole('link').nth(2).click();
    await expect(page).toHaveURL(/#rolling-update-params$/);
    await expect(page.locator('#rolling-update-params')).toBeInViewport();
  });

  test('no page scrolls sideways without JavaScript', async ({ page, request }) => {
    const paths = [...(await sitemapPaths(request)), MISSING_PAGE];
    test.setTimeout(60_000 + paths.length * 1_500);
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      if (overflow > 0) wide.push(`${path} is ${overflow}px too wide`);
    }
    expect(wide, wide.join('\n')).toEqual([]);
  });

  test('code blocks stay inside the page and scroll sideways by keyboard', async ({ page }) => {
    await page.goto('/deployment-rollout/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const wide = page.locator('pre.astro-code').filter({ has: page.locator('code') });
    const scrollers = await wide.evaluateAll((pres) => pres
      .filter((p) => p.scrollWidth > p.clientWidth)
      .map((p) => ({ tabindex: p.getAttribute('tabindex'), overflow: getComputedStyle(p).overflowX })));
    expect(scrollers.length, 'some code is wider than a phone').toBeGreaterThan(0);
    for (const s of scrollers) expect(s).toEqual({ tabindex: '0', overflow: 'auto' });
  });
});

/** Every distinct pairing of text colour and the background behind it on the page, as the browser computed them. */
async function textColours(page: Page) {
  return page.evaluate(() => {
    const opaque = (c: string) => !/^rgba\(.*,\s*0(\.\d+)?\)$|transparent/.test(c);
    const backgroundOf = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (opaque(bg)) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const pairs = new Map<string, { fg: string; bg: string; large: boolean; example: string }>();
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const hasText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!hasText || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue; // visually hidden labels
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const key = `${style.color}|${backgroundOf(el)}|${large}`;
      if (!pairs.has(key)) pairs.set(key, { fg: style.color, bg: backgroundOf(el), large, example: `${el.tagName.toLowerCase()}.${el.className} "${el.textContent!.trim().slice(0, 20)}"` });
    }
    return [...pairs.values()];
  });
}

const hex = (rgb: string) => '#' + rgb.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('');

for (const scheme of ['light', 'dark'] as const) {
  test(`text and code keep WCAG AA contrast without JavaScript when the system theme is ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const failing: string[] = [];
    for (const path of ['/', '/health-checks/', '/deployment-rollout/', '/kubectl/', '/security/', '/q/probe-types/', '/questions/']) {
      await page.goto(path);
      await expect(page.locator('html')).not.toHaveAttribute('data-theme');
      const bg = await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
      expect(bg, `${path}: the page follows the ${scheme} system theme`).toBe(scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
      const pairs = await textColours(page);
      expect(pairs.length, `${path}: text was found`).toBeGreaterThan(2);
      for (const p of pairs) {
        const ratio = contrastRatio(hex(p.fg), hex(p.bg));
        if (ratio < (p.large ? 3 : 4.5)) failing.push(`${path}: ${p.example} ${p.fg} on ${p.bg} is ${ratio.toFixed(2)}:1`);
      }
    }
    expect(failing, failing.join('\n')).toEqual([]);
  });
}
