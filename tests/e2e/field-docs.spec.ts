import { test, expect, type Page } from '@playwright/test';
import { parse, parseAllDocuments } from 'yaml';

const MAX_SURGE_DOC = 'The maximum number of pods that can be scheduled above the desired number of pods';

/** The first sample in the rolling-update answer that documents maxSurge. */
function maxSurgeKey(page: Page) {
  return page.locator('section.question', { has: page.locator('#rolling-update-params') })
    .locator('.doc-key[data-path$="rollingUpdate.maxSurge"]').first();
}

test('hovering maxSurge in the rolling-update answer shows its official description', async ({ page }) => {
  await page.goto('/deployment-rollout/');
  const key = maxSurgeKey(page);
  await key.scrollIntoViewIfNeeded();
  await key.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(MAX_SURGE_DOC);
  await expect(tip).toContainText('Deployment.spec.strategy.rollingUpdate.maxSurge');
  await expect(tip).toContainText('IntOrString');
  await expect(key).toHaveAttribute('aria-describedby', 'field-doc-pop');
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
});

test('descriptions are emitted once per page and kept out of the search index', async ({ page }) => {
  await page.goto('/deployment-rollout/');
  const store = page.locator('.field-docs');
  await expect(store).toHaveAttribute('data-pagefind-ignore', 'all');
  await expect(store).toBeHidden();
  const ids = await store.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(new Set(ids).size).toBe(ids.length);
  expect(await page.locator('.doc-key').count()).toBeGreaterThan(ids.length);
});

test('the field-doc code loads only when a reader interacts with a sample', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  await page.goto('/deployment-rollout/');
  await page.waitForLoadState('networkidle');
  const before = scripts.length;
  await maxSurgeKey(page).hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  expect(scripts.length).toBeGreaterThan(before);
});

test('the keyboard walks the keys of a sample from one tab stop, and Escape returns', async ({ page }) => {
  await page.goto('/deployment-rollout/');
  const pre = page.locator('section.question', { has: page.locator('#rolling-update-params') }).locator('pre[data-field-docs]').first();
  await pre.focus();
  await page.keyboard.press('ArrowDown');
  const first = pre.locator('.doc-key').first();
  await expect(first).toBeFocused();
  await expect(page.getByRole('tooltip')).toContainText('APIVersion defines the versioned schema');
  await page.keyboard.press('ArrowDown');
  await expect(pre.locator('.doc-key').nth(1)).toBeFocused();
  await expect(page.getByRole('tooltip')).toContainText('Kind is a string value representing the REST resource');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toBeHidden();
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
    const tip = page.getByRole('tooltip');
    await expect(tip).toContainText(MAX_SURGE_DOC);
    const box = await tip.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.locator('h1').tap();
    await expect(tip).toBeHidden();
  });
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
