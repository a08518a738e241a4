import { test, expect, type Page } from '@playwright/test';
import { sitemapPaths, MISSING_PAGE, pageKind } from './support/pages.ts';

const SITE = process.env.E2E_SITE_URL!;

/** Width and height from a PNG's header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'a PNG signature').toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, '&').replace(/&quot;/g, '"');

test('every page has social preview tags, with its own address and an image from this site', async ({ request }) => {
  const problems: string[] = [];
  const images = new Set<string>();
  for (const path of [...(await sitemapPaths(request)), MISSING_PAGE]) {
    const html = await (await request.get(path)).text();
    const tags = Object.fromEntries(['og:title', 'og:description', 'og:url', 'og:type', 'og:image', 'twitter:card'].map((k) => [k, meta(html, k)]));
    for (const [k, v] of Object.entries(tags)) if (!v) problems.push(`${path}: no ${k}`);
    if (tags['twitter:card'] !== 'summary_large_image') problems.push(`${path}: twitter:card is ${tags['twitter:card']}`);
    if (!tags['og:image']?.startsWith(`${SITE}/og/`)) problems.push(`${path}: og:image ${tags['og:image']} is not this site's`);
    else images.add(new URL(tags['og:image']).pathname);
    if (path !== MISSING_PAGE) {
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (tags['og:url'] !== canonical || tags['og:url'] !== `${SITE}${path}`) problems.push(`${path}: og:url ${tags['og:url']} is not the page (${canonical})`);
    }
    const kind = pageKind(path);
    const expectedType = kind === 'question' || kind === 'topic' ? 'article' : 'website';
    if (tags['og:type'] !== expectedType) problems.push(`${path}: og:type ${tags['og:type']}, expected ${expectedType}`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
  expect(images.size, 'one image for the site and one per topic').toBeGreaterThan(10);
  for (const image of images) {
    const res = await request.get(image);
    expect(res.ok(), image).toBe(true);
    expect(res.headers()['content-type']).toContain('image/png');
    expect(pngSize(await res.body()), image).toEqual({ width: 1200, height: 630 });
  }
});

test('a question page previews with its title and its one-line answer', async ({ page }) => {
  await page.goto('/q/rolling-update-params/');
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const summary = (await page.locator('main .tldr').textContent())!.replace('一句话回答：', '').trim();
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', summary);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${SITE}/og/topics/deployment-rollout.png`);
});

/** Share of columns in a horizontal band of an image that hold bright (text) pixels, drawn in the browser. */
async function inkedColumns(page: Page, png: Buffer, top: number, bottom: number): Promise<number> {
  return page.evaluate(async ([b64, y0, y1]) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, y0 as number, img.width, (y1 as number) - (y0 as number));
    const rows = (y1 as number) - (y0 as number);
    let inked = 0;
    for (let x = 0; x < img.width; x++) {
      for (let y = 0; y < rows; y++) {
        const i = (y * img.width + x) * 4;
        if (data[i]! > 200 && data[i + 1]! > 200 && data[i + 2]! > 200) { inked++; break; }
      }
    }
    return inked / img.width;
  }, [png.toString('base64'), top, bottom] as const);
}

test('a topic preview image carries its title in large text', async ({ page, request }) => {
  // A blank page to draw on: the site's own policy rightly refuses data: images.
  await page.goto('about:blank');
  const png = await (await request.get('/og/topics/health-checks.png')).body();
  // The title band (below the eyebrow) is inked across a good part of the width; the band under the
  // footer rule is not, so the measure tells text from background.
  expect(await inkedColumns(page, png, 215, 290)).toBeGreaterThan(0.2);
  expect(await inkedColumns(page, png, 600, 630)).toBe(0);
  const other = await (await request.get('/og/topics/storage.png')).body();
  expect(other.equals(png)).toBe(false);
});

test('the site icons, web manifest and robots.txt are served and named by every page', async ({ page, request }) => {
  const ico = await (await request.get('/favicon.ico')).body();
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  const sizes: number[] = [];
  for (let i = 0; i < ico.readUInt16LE(4); i++) {
    const at = 6 + i * 16;
    const png = ico.subarray(ico.readUInt32LE(at + 12), ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8));
    const { width } = pngSize(png);
    expect(width).toBe(ico.readUInt8(at));
    sizes.push(width);
  }
  expect(sizes).toEqual([16, 32, 48]);
  expect(pngSize(await (await request.get('/apple-touch-icon.png')).body())).toEqual({ width: 180, height: 180 });

  const manifest = await (await request.get('/manifest.webmanifest')).json() as { name: string; start_url: string; icons: { src: string; sizes: string }[] };
  expect(manifest.name).toBe('Kubernetes 面试手册');
  expect(manifest.start_url).toBe('/');
  for (const icon of manifest.icons) {
    const [w, h] = icon.sizes.split('x').map(Number);
    expect(pngSize(await (await request.get(icon.src)).body()), icon.src).toEqual({ width: w, height: h });
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^User-agent: \*$/m);
  expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE.replace(/[.]/g, '\\.')}/sitemap-index\\.xml$`, 'm'));
  expect((await request.get(new URL(robots.match(/^Sitemap: (.+)$/m)![1]!).pathname)).ok()).toBe(true);

  for (const path of ['/', '/health-checks/', '/q/probe-types/', '/questions/']) {
    await page.goto(path);
    await expect(page.locator('link[rel="icon"][href="/favicon.ico"]')).toHaveCount(1);
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/apple-touch-icon.png');
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  }
});
