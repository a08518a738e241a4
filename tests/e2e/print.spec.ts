import { test, expect, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { useTheme } from './support/pages.ts';

/** Share of a PNG's pixels that are near white, measured by drawing the image in the browser. */
async function lightShare(page: Page, png: Buffer): Promise<number> {
  const probe = await page.context().newPage();
  await probe.setContent('<canvas></canvas>');
  const share = await probe.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.querySelector('canvas')!;
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let light = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! > 230 && data[i + 1]! > 230 && data[i + 2]! > 230) light++;
    return light / (data.length / 4);
  }, png.toString('base64'));
  await probe.close();
  return share;
}

// Printed from the dark theme on purpose: paper must come out light whatever the screen showed.
test.beforeEach(async ({ page }) => {
  await useTheme(page, 'dark');
  await page.goto('/health-checks/');
  await expect(page.getByRole('button', { name: '复制链接' }).first()).toBeVisible();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
});

test('printing a topic leaves out navigation, menus, the contents list and every button', async ({ page }) => {
  for (const hidden of [
    page.getByRole('link', { name: '跳到正文' }),
    page.getByRole('banner'),
    page.getByRole('navigation', { name: '专题', exact: true }),
    page.getByRole('navigation', { name: '本页问题' }),
    page.getByRole('navigation', { name: '上一个和下一个专题' }),
    page.getByRole('contentinfo'),
  ]) await expect(hidden).toBeHidden();
  expect(await page.locator('button:visible').count()).toBe(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const questions = page.locator('section.question');
  expect(await questions.count()).toBeGreaterThan(1);
  for (const q of await questions.all()) await expect(q.locator('.tldr')).toBeVisible();
  // The answers take the whole width of the paper.
  const main = await page.locator('main').boundingBox();
  expect(main!.x).toBeLessThan(20);
});

test('printing a topic uses dark text on white, code included, and wraps code to the page', async ({ page }) => {
  const body = await page.locator('body').evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
  expect(body).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
  const code = page.locator('pre.astro-code');
  expect(await code.count()).toBeGreaterThan(0);
  for (const pre of await code.all()) {
    const look = await pre.evaluate((p) => ({
      bg: getComputedStyle(p).backgroundColor,
      wrap: getComputedStyle(p).whiteSpace,
      cut: p.scrollWidth - p.clientWidth,
    }));
    expect(look).toEqual({ bg: 'rgb(255, 255, 255)', wrap: 'pre-wrap', cut: 0 });
  }
});

test('printing a topic starts each question after the first on a new page, headings kept with their text', async ({ page }) => {
  const breaks = await page.locator('section.question').evaluateAll((qs) => qs.map((q) => getComputedStyle(q).breakBefore));
  expect(breaks[0]).not.toBe('page');
  expect(breaks.slice(1).every((b) => b === 'page')).toBe(true);
  expect(await page.locator('section.question > h2').first().evaluate((h) => getComputedStyle(h).breakAfter)).toBe('avoid');
  // The real print: a PDF with at least one page per question.
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(breaks.length);
  writeFileSync(test.info().outputPath('health-checks.pdf'), pdf);
});

test('a printed topic looks like a light document in a screenshot', async ({ page }, testInfo) => {
  const printed = await page.screenshot({ fullPage: true, path: testInfo.outputPath('print-from-dark-theme.png') });
  await testInfo.attach('print', { body: printed, contentType: 'image/png' });
  expect(await lightShare(page, printed)).toBeGreaterThan(0.8);
  // The same measure on the screen rendering shows it can tell the two apart.
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  const screen = await page.screenshot({ fullPage: true });
  expect(await lightShare(page, screen)).toBeLessThan(0.2);
});

test('printing a diagram draws it in the light theme on one page, shrunk to the paper if wide', async ({ page }) => {
  const figures = page.locator('figure.diagram');
  expect(await figures.count(), '/health-checks/ carries a diagram').toBeGreaterThan(0);
  for (const figure of await figures.all()) {
    const look = await figure.evaluate((f) => {
      const canvas = f.querySelector<HTMLElement>('.diagram-canvas')!;
      return {
        node: getComputedStyle(f.querySelector('.node .f-panel')!).fill,
        label: getComputedStyle(f.querySelector('text.f-ink')!).fill,
        breakInside: getComputedStyle(f).breakInside,
        cut: canvas.scrollWidth - canvas.clientWidth,
      };
    });
    // --bg-soft and --text of the light theme, although the screen was dark.
    expect(look).toEqual({ node: 'rgb(246, 248, 250)', label: 'rgb(31, 35, 40)', breakInside: 'avoid', cut: 0 });
  }
});
