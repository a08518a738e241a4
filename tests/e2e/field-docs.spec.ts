import { test, expect, type Page } from '@playwright/test';
import { parse, parseAllDocuments } from 'yaml';

const MAX_SURGE_DOC = 'The maximum number of pods that can be scheduled above the desired number of pods';

/** The field-doc popover: a small non-modal dialog, since it holds a link and a close button. */
const popover = (page: Page) => page.getByRole('dialog', { name: '字段说明' });

/** The first sample in the rolling-update answer that documents maxSurge. */
function maxSurgeKey(page: Page) {
  return page.locator('section.question', { has: page.locator('#rolling-update-params') })
    .locator('.doc-key[data-doc="RollingUpdateDeployment-maxSurge"]').first();
}

test('hovering maxSurge in the rolling-update answer shows its official description', async ({ page }) => {
  await page.goto('/deployment-rollout/');
  const key = maxSurgeKey(page);
  await key.scrollIntoViewIfNeeded();
  await key.hover();
  const tip = popover(page);
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(MAX_SURGE_DOC);
  await expect(tip).toContainText('Deployment.spec.strategy.rollingUpdate.maxSurge');
  await expect(tip).toContainText('IntOrString');
  await expect(key).toHaveAttribute('aria-describedby', 'field-doc-pop');
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
});

test('descriptions stay out of the page and load once, on the first key a reader points at', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/field-docs/')) fetched.push(new URL(r.url()).pathname); });
  await page.goto('/deployment-rollout/');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  expect(await page.content()).not.toContain(MAX_SURGE_DOC);
  const keys = page.locator('.doc-key');
  await maxSurgeKey(page).hover();
  await expect(popover(page)).toContainText(MAX_SURGE_DOC);
  await keys.nth(0).hover();
  await expect(popover(page)).toContainText('APIVersion defines the versioned schema');
  expect(fetched).toEqual(['/field-docs/deployment-rollout.json']);
  // Every marked key on the page has a description in the topic's file.
  const docs = await (await page.request.get('/field-docs/deployment-rollout.json')).json() as Record<string, [string, string]>;
  const ids = await keys.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.doc ?? ''));
  expect(ids.filter((id) => !docs[id])).toEqual([]);
  expect(ids.length).toBeGreaterThan(Object.keys(docs).length);
});

test('each key shows its full path, rebuilt from the links between keys', async ({ page }) => {
  await page.goto('/pod/');
  const image = page.locator('.doc-key[data-doc="Container-image"]').first();
  await image.scrollIntoViewIfNeeded();
  await image.hover();
  await expect(popover(page).locator('.doc-path')).toHaveText(/^\w+\.spec(\.template\.spec)?\.(initContainers|containers)\[\]\.image$/);
  // The markup holds no full paths.
  expect(await page.locator('[data-path]').count()).toBe(0);
});

test('the field-doc code loads only when a reader interacts with a sample', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  await page.goto('/deployment-rollout/');
  await page.waitForLoadState('networkidle');
  const before = scripts.length;
  await maxSurgeKey(page).hover();
  await expect(popover(page)).toBeVisible();
  expect(scripts.length).toBeGreaterThan(before);
});

test('the keyboard walks the keys of a sample from one tab stop, and Escape returns', async ({ page }) => {
  await page.goto('/deployment-rollout/');
  const pre = page.locator('section.question', { has: page.locator('#rolling-update-params') }).locator('pre[data-field-docs]').first();
  await pre.focus();
  await page.keyboard.press('ArrowDown');
  const first = pre.locator('.doc-key').first();
  await expect(first).toBeFocused();
  await expect(popover(page)).toContainText('APIVersion defines the versioned schema');
  await page.keyboard.press('ArrowDown');
  await expect(pre.locator('.doc-key').nth(1)).toBeFocused();
  await expect(popover(page)).toContainText('Kind is a string value representing the REST resource');
  await page.keyboard.press('Escape');
  await expect(popover(page)).toBeHidden();
  await expect(pre).toBeFocused();
  // Keys are not tab stops of their own.
  expect(await pre.locator('.doc-key[tabindex="0"]').count()).toBe(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('tapping maxSurge shows its description, and tapping elsewhere hides it', async ({ page }) => {
    await page.goto('/deployment-rollout/');
    const key = maxSurgeKey(page);
    await key.scrollIntoViewIfNeeded();
    await key.tap();
    const tip = popover(page);
    await expect(tip).toContainText(MAX_SURGE_DOC);
    const box = await tip.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.locator('h1').tap();
    await expect(tip).toBeHidden();
  });

  test('the popover has a close button on a touch screen', async ({ page }) => {
    await page.goto('/deployment-rollout/');
    const key = maxSurgeKey(page);
    await key.scrollIntoViewIfNeeded();
    await key.tap();
    const close = popover(page).getByRole('button', { name: '关闭字段说明' });
    await expect(close).toBeVisible();
    const box = await close.boundingBox();
    expect(Math.min(box!.width, box!.height), 'a finger-sized target').toBeGreaterThanOrEqual(24);
    await close.tap();
    await expect(popover(page)).toBeHidden();
  });
});

test('a web address in a description is a link that opens in a new tab, reachable by pointer and keyboard', async ({ page }) => {
  await page.goto('/deployment-rollout/');
  const pre = page.locator('section.question', { has: page.locator('#rolling-update-params') }).locator('pre[data-field-docs]').first();
  const kind = pre.locator('.doc-key[data-doc="TypeMeta-kind"]').first();
  await kind.scrollIntoViewIfNeeded();
  await kind.hover();
  const link = popover(page).getByRole('link', { name: /^https:\/\/git\.k8s\.io\// });
  await expect(link).toHaveAttribute('href', 'https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  await expect(popover(page)).toContainText('More info: https://git.k8s.io/');
  // The pointer can travel from the key onto the link and the popover stays.
  await link.hover();
  await page.waitForTimeout(400);
  await expect(link).toBeVisible();
  // Nothing covers it: the point in the middle of its first line is the link itself.
  expect(await link.evaluate((a) => { const r = a.getClientRects()[0]!; return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === a; })).toBe(true);
  // Without a touch screen there is no close button: moving away closes it.
  await expect(popover(page).getByRole('button', { name: '关闭字段说明' })).toBeHidden();
  // By keyboard: walk to the key, Tab into the popover's link, Escape back to the sample.
  await page.mouse.move(0, 0);
  await pre.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(kind).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popover(page)).toBeHidden();
  await expect(pre).toBeFocused();
});

test('documented keys are marked quietly until pointed at', async ({ page }) => {
  await page.goto('/deployment-rollout/');
  const key = maxSurgeKey(page);
  await key.scrollIntoViewIfNeeded();
  const look = () => key.evaluate((k) => ({ line: getComputedStyle(k).textDecorationColor, text: getComputedStyle(k).color }));
  const idle = await look();
  expect(idle.line).not.toBe(idle.text);
  await key.hover();
  const pointed = await look();
  expect(pointed.line).toBe(pointed.text);
});

test('the copy button yields YAML that parses, without the line-marking notation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/deployment-rollout/');
  const frames = page.locator('figure.code-frame[data-lang="yaml"]');
  const count = await frames.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await frames.nth(i).getByRole('button', { name: /复制/ }).click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).not.toContain('[!code');
    for (const doc of parseAllDocuments(text)) expect(doc.errors, text).toEqual([]);
    expect(parse(text.split('\n---\n')[0]!)).toBeTruthy();
  }
});
