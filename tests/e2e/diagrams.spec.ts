import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { sitemapPaths, useTheme } from './support/pages.ts';
import { diagramLabelProblems } from './support/diagram-geometry.ts';

/** The sitemap pages that carry diagrams, with how many each has. */
async function diagramPages(request: APIRequestContext): Promise<Map<string, number>> {
  const pages = new Map<string, number>();
  for (const path of await sitemapPaths(request)) {
    const count = ((await (await request.get(path)).text()).match(/<figure class="diagram">/g) ?? []).length;
    if (count) pages.set(path, count);
  }
  return pages;
}

const VIEWPORTS = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };

test('the handbook has at least ten diagrams, and every label fits its shape and clears the others at desktop and phone width', async ({ page, request }) => {
  const pages = await diagramPages(request);
  const total = [...pages.values()].reduce((a, b) => a + b, 0);
  expect(total, `diagrams on ${[...pages.keys()].join(', ')}`).toBeGreaterThanOrEqual(10);
  test.setTimeout(60_000 + pages.size * 20_000);
  const found: string[] = [];
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    for (const path of pages.keys()) {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      for (const p of await page.evaluate(diagramLabelProblems)) found.push(`${path} [${name}] 「${p.figure}」 "${p.label}" ${p.problem}`);
    }
  }
  expect(found, found.join('\n')).toEqual([]);
});

test('each diagram is a figure with a caption, an image named by it, a description list, and no inline style', async ({ page, request }) => {
  for (const path of (await diagramPages(request)).keys()) {
    await page.goto(path);
    for (const figure of await page.locator('figure.diagram').all()) {
      const caption = (await figure.locator('figcaption').textContent())?.trim() ?? '';
      expect(caption.length, `${path}: a diagram without a caption`).toBeGreaterThan(3);
      await expect(figure.getByRole('img', { name: caption, exact: true }), `${path}: 「${caption}」`).toHaveCount(1);
      // Explicitly: without the role, some screen readers walk into the SVG's text instead.
      expect(await figure.locator('svg').getAttribute('role'), `${path}: 「${caption}」`).toBe('img');
      const details = await figure.locator('svg').getAttribute('aria-details');
      const description = figure.locator(`[id="${details}"]`);
      await expect(description, `${path}: 「${caption}」 has no description`).toHaveCount(1);
      expect(await description.evaluate((d) => d.tagName)).toMatch(/^(OL|UL)$/);
      expect(await description.locator(':scope > li').count()).toBeGreaterThanOrEqual(2);
      expect(await figure.locator('[style], style, script').count(), `${path}: 「${caption}」 carries inline style or script`).toBe(0);
    }
  }
});

/** The colours the browser paints a diagram with, next to the site colours they should be. */
async function diagramColours(page: Page) {
  return page.locator('figure.diagram').first().evaluate((figure) => {
    const paint = (selector: string, property: 'fill' | 'stroke') => getComputedStyle(figure.querySelector(selector)!)[property];
    const token = (name: string) => {
      const probe = document.createElement('span');
      probe.style.color = `var(${name})`;
      figure.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    };
    return {
      painted: { node: paint('.node .f-panel', 'fill'), label: paint('text.f-ink', 'fill'), edge: paint('.edge.s-soft', 'stroke') },
      site: { node: token('--bg-soft'), label: token('--text'), edge: token('--text-soft') },
    };
  });
}

test('diagrams take the site colours and follow the theme toggle without a reload', async ({ page }) => {
  await useTheme(page, 'light');
  await page.goto('/architecture/');
  const light = await diagramColours(page);
  expect(light.painted).toEqual(light.site);
  // Stored as light, the theme button's next state is dark.
  await page.getByRole('banner').getByRole('button', { name: '主题：浅色，点按切换到深色' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await diagramColours(page);
  expect(dark.painted).toEqual(dark.site);
  expect(dark.painted.node).not.toEqual(light.painted.node);
  expect(dark.painted.label).not.toEqual(light.painted.label);
});

test('at 390 px every diagram shrinks legibly to fit or scrolls inside its frame, and is never cropped', async ({ page, request }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  const found: string[] = [];
  let scrolling = 0;
  for (const path of (await diagramPages(request)).keys()) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    for (const figure of await page.locator('figure.diagram').all()) {
      const m = await figure.evaluate((f) => {
        const canvas = f.querySelector<HTMLElement>('.diagram-canvas')!;
        const svg = f.querySelector('svg')!;
        const box = svg.getBoundingClientRect();
        return {
          caption: f.querySelector('figcaption')!.textContent,
          right: f.getBoundingClientRect().right,
          scrolls: canvas.scrollWidth > canvas.clientWidth + 1,
          tabindex: canvas.getAttribute('tabindex'),
          hint: f.querySelector<HTMLElement>('.diagram-hint')?.checkVisibility() ?? false,
          clippedBelow: canvas.scrollHeight - canvas.clientHeight,
          clippedRight: box.width - (canvas.scrollWidth - parseFloat(getComputedStyle(canvas).paddingLeft)),
          scale: box.width / Number(svg.getAttribute('width')),
          aspect: box.height / box.width - Number(svg.getAttribute('height')) / Number(svg.getAttribute('width')),
        };
      });
      const where = `${path} 「${m.caption}」`;
      if (m.right > VIEWPORTS.phone.width) found.push(`${where} reaches ${m.right}px`);
      if (m.clippedBelow > 1) found.push(`${where} is cut ${m.clippedBelow}px short`);
      if (m.clippedRight > 1) found.push(`${where} is cut ${m.clippedRight}px on the right`);
      if (Math.abs(m.aspect) > 0.01) found.push(`${where} is stretched`);
      if (m.scrolls) {
        scrolling++;
        if (m.tabindex !== '0') found.push(`${where} scrolls but cannot be scrolled from the keyboard`);
        if (!m.hint) found.push(`${where} scrolls without saying so`);
        if (Math.abs(m.scale - 1) > 0.01) found.push(`${where} scrolls yet is drawn at ${m.scale.toFixed(2)}×`);
      } else if (m.scale < 0.75) {
        found.push(`${where} is shrunk to ${m.scale.toFixed(2)}×, too small to read`);
      }
    }
  }
  expect(found, found.join('\n')).toEqual([]);
  expect(scrolling, 'some diagrams are wider than a phone').toBeGreaterThan(0);
});

test('diagrams need no \'unsafe-inline\': under a policy without it they keep their colours and raise no violation', async ({ page }) => {
  await page.route('**/architecture/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("style-src 'self' 'unsafe-inline'", "style-src 'self'");
    expect(html).toContain("style-src 'self';");
    await route.fulfill({ response, body: html });
  });
  await page.addInitScript(() => {
    (window as unknown as { diagramViolations: string[] }).diagramViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const inDiagram = e.target instanceof Element && e.target.closest('figure.diagram');
      if (inDiagram) (window as unknown as { diagramViolations: string[] }).diagramViolations.push(`${e.violatedDirective} ${e.sample}`);
    }, true);
  });
  await useTheme(page, 'light');
  await page.goto('/architecture/');
  const { painted, site } = await diagramColours(page);
  expect(painted).toEqual(site);
  expect(await page.evaluate(() => (window as unknown as { diagramViolations: string[] }).diagramViolations)).toEqual([]);
});
