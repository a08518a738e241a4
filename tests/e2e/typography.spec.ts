import { test, expect, type Page } from '@playwright/test';

test('the font stack names the Chinese system fonts of Windows, macOS and Linux, and not system-ui', async ({ page }) => {
  await page.goto('/');
  const stack = await page.locator('body').evaluate((b) => getComputedStyle(b).fontFamily);
  for (const font of ['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei']) expect(stack).toContain(font);
  expect(stack).not.toContain('system-ui');
  // On this machine (Linux, WenQuanYi) Latin and Chinese in one title now come from one font, on one baseline.
  await page.setViewportSize({ width: 1440, height: 900 });
  const card = page.locator('.topic-card', { hasText: 'kubectl' }).first();
  const tops = await card.locator('.topic-title').evaluate((el) => {
    const range = document.createRange();
    const text = el.firstChild!;
    const at = (i: number) => { range.setStart(text, i); range.setEnd(text, i + 1); return range.getBoundingClientRect().bottom; };
    const s = text.textContent!;
    return [at(s.indexOf('k')), at(s.search(/[\u4e00-\u9fff]/))];
  });
  expect(Math.abs(tops[0]! - tops[1]!)).toBeLessThan(2);
});

/** The tokens of code in table cells that are split over two lines, read glyph by glyph. */
async function splitTokens(page: Page): Promise<string[]> {
  return page.locator('td code, th code').evaluateAll((codes) => codes.flatMap((code) => {
    const range = document.createRange();
    const split: string[] = [];
    let token = '';
    let tops: number[] = [];
    const end = () => {
      if (token && Math.max(...tops) - Math.min(...tops) > 8) split.push(token);
      token = '';
      tops = [];
    };
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        if (/\s/.test(text[i]!)) { end(); continue; }
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getClientRects()[0];
        if (!r) continue;
        token += text[i];
        tops.push(r.top);
      }
    }
    end();
    return split;
  }));
}

for (const width of [390, 1440]) {
  test(`at ${width} px identifiers in tables keep their shape and a wide table scrolls, also from the keyboard`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    let scrolled = 0;
    for (const path of ['/deployment-rollout/', '/health-checks/', '/q/rollback-commands/']) {
      await page.goto(path);
      // A command may wrap at its spaces; no token of it may be split over two lines.
      const broken = await splitTokens(page);
      expect(broken, `${path}: tokens broken over lines`).toEqual([]);
      // Squeezed to the narrowest its columns allow, a table still keeps every token whole.
      await page.locator('.table-scroll').evaluateAll((regions) => regions.forEach((r) => { (r as HTMLElement).style.width = '120px'; }));
      expect(await splitTokens(page), `${path}: tokens broken in a squeezed table`).toEqual([]);
      await page.reload();

      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      const regions = page.locator('.table-scroll');
      expect(await regions.count()).toBeGreaterThan(0);
      for (const region of await regions.all()) {
        await expect(region).toHaveAttribute('tabindex', '0');
        await expect(region).toHaveAttribute('role', 'region');
        if (await region.evaluate((r) => r.scrollWidth > r.clientWidth)) {
          await region.focus();
          await page.keyboard.press('ArrowRight');
          await expect.poll(() => region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
          scrolled++;
        }
      }
    }
    if (width === 390) expect(scrolled, 'some table is wider than a phone').toBeGreaterThan(0);
  });
}

/** How many characters each heading's last line holds, measured glyph by glyph. */
async function lastLines(page: Page): Promise<{ text: string; lines: number; last: number }[]> {
  return page.locator('main h1, main h2, main .topic-title').evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => {
    const range = document.createRange();
    const tops: number[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        if (/\s/.test(text[i]!)) continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getClientRects()[0];
        if (r && r.width > 0) tops.push(r.top);
      }
    }
    const lines: number[][] = [];
    for (const top of tops) {
      const line = lines.find((l) => Math.abs(l[0]! - top) < 8);
      if (line) line.push(top);
      else lines.push([top]);
    }
    lines.sort((a, b) => a[0]! - b[0]!);
    return { text: (el.textContent ?? '').trim().slice(0, 40), lines: lines.length, last: lines.at(-1)?.length ?? 0 };
  }));
}

for (const width of [390, 1440]) {
  test(`at ${width} px no heading leaves one character alone on its last line`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const lonely: string[] = [];
    for (const path of ['/', '/questions/', '/architecture/', '/security/', '/q/what-is-kubernetes/', '/q/rolling-update-params/']) {
      await page.goto(path);
      for (const h of await lastLines(page)) if (h.lines > 1 && h.last < 2) lonely.push(`${path}: "${h.text}"`);
    }
    expect(lonely, lonely.join('\n')).toEqual([]);
    // A heading whose plain line-filling would leave its last character alone: 21 characters in a box
    // 20 wide. The site's heading style must still spread them over the lines.
    await page.locator('main').evaluate((main) => {
      const h = document.createElement('h2');
      h.id = 'wrap-probe';
      h.textContent = '一二三四五六七八九十一二三四五六七八九十册';
      main.prepend(h);
      h.style.width = `${parseFloat(getComputedStyle(h).fontSize) * 20.5}px`;
    });
    const probe = (await lastLines(page)).find((h) => h.text.startsWith('一二三'))!;
    expect(probe.lines).toBe(2);
    expect(probe.last).toBeGreaterThan(1);
  });
}
