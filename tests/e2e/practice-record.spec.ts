import { test, expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { STORAGE_KEY, openPractice, rateWithKeys, storedRecord, NOON_TODAY } from './support/practice.ts';

test.beforeEach(async ({ page }) => { await page.clock.setFixedTime(NOON_TODAY); });

/** Rates a few questions, differently, so the record holds learning and review cards and a history. */
async function practise(page: Page) {
  await openPractice(page);
  for (const grade of [3, 4, 1, 2] as const) await rateWithKeys(page, grade);
}

const summaryOf = async (page: Page) => ({
  summary: await page.locator('[data-summary]').textContent(),
  totals: await page.locator('.practice .progress-text').textContent(),
  reviews: await page.locator('[data-chart-note="reviews"]').textContent(),
});

async function importFile(page: Page, name: string, content: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入记录…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

test('an export imported into a fresh profile gives the same record and the same progress', async ({ page, browser }) => {
  await practise(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出记录' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^kube-handbook-practice-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = await readFile((await file.path())!, 'utf8');
  await expect(page.locator('[data-record-status]')).toHaveText('已导出 4 道题的记录和 4 次评分。');
  const original = await storedRecord(page);
  const shown = await summaryOf(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.clock.setFixedTime(NOON_TODAY);
  await openPractice(other);
  expect(await storedRecord(other)).toBeNull();
  await importFile(other, file.suggestedFilename(), exported);
  await expect(other.locator('[data-record-status]')).toHaveText(`已导入“${file.suggestedFilename()}”：新增 4 道题的记录，更新 0 道，增加 4 次评分。`);
  expect(await storedRecord(other)).toEqual(original);
  expect(await summaryOf(other)).toEqual(shown);

  // Importing the same file again changes nothing.
  await importFile(other, file.suggestedFilename(), exported);
  await expect(other.locator('[data-record-status]')).toContainText('没有变化');
  expect(await storedRecord(other)).toEqual(original);
  await fresh.close();
});

const bad: [string, string, RegExp][] = [
  ['not JSON', '{"format": "kube-handbook-practice", "version": 1, ', /不是有效的 JSON/],
  ['another app\'s file', JSON.stringify({ deck: 'Kubernetes', cards: [] }), /不是本手册导出的练习记录/],
  ['a newer version', JSON.stringify({ format: 'kube-handbook-practice', version: 99, cards: {}, reviews: [] }), /更新版本的手册（记录格式第 99 版，本页只认识到第 1 版）/],
  ['a malformed card', JSON.stringify({ format: 'kube-handbook-practice', version: 1, reviews: [], cards: { 'probe-types': { title: 'x', due: 'soon' } } }), /cards\["probe-types"\]\.due 应为日期时间/],
];

for (const [what, content, message] of bad) {
  test(`importing ${what} says why in Chinese and leaves the progress as it was`, async ({ page }) => {
    await practise(page);
    const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    const shown = await summaryOf(page);
    await importFile(page, 'practice.json', content);
    const status = page.locator('[data-record-status]');
    await expect(status).toHaveText(message);
    await expect(status).toContainText('没有导入“practice.json”');
    await expect(status).toContainText('练习记录没有改动。');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);
    expect(await summaryOf(page)).toEqual(shown);
  });
}

test('reset asks first, and only a confirmed reset clears the record', async ({ page }) => {
  await practise(page);
  const before = await storedRecord(page);
  await page.getByRole('button', { name: '清除全部记录…' }).click();
  const dialog = page.getByRole('dialog', { name: '清除全部练习记录？' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('4 道题的记录和 4 次评分，无法撤销');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  expect(await storedRecord(page)).toEqual(before);
  await expect(page.getByRole('button', { name: '清除全部记录…' })).toBeFocused();

  await page.getByRole('button', { name: '清除全部记录…' }).click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await storedRecord(page)).toEqual(before);

  await page.getByRole('button', { name: '清除全部记录…' }).click();
  await dialog.getByRole('button', { name: '清除' }).click();
  await expect(page.locator('[data-record-status]')).toHaveText('已清除全部练习记录。');
  expect(await storedRecord(page)).toBeNull();
  await expect(page.locator('[data-summary]')).toHaveText(/^今日待复习 0 题 · 新题 \d+ 题$/);
});

test('with storage disabled the page says so, and practice still works for the session', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  await openPractice(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('浏览器不允许本站保存数据');
  await expect(alert).toContainText('本次练习照常进行');
  const first = await page.locator('[data-card]').getAttribute('data-question');
  await rateWithKeys(page, 3);
  await expect(page.locator('[data-summary]')).toHaveText(/^今日待复习 1 题/);
  expect(await page.locator('[data-card]').getAttribute('data-question')).not.toBe(first);
  await expect(page.locator('.practice .progress-text')).toContainText('学习中 1');
  await expect(page.locator('#announcer')).toContainText('（未能保存，仅本页有效）');
  // Export still offers the session's ratings.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出记录' }).click();
  expect(JSON.parse(await readFile((await (await download).path())!, 'utf8')).cards[first!]).toBeTruthy();
});

test('with storage full the page says so and keeps the newest ratings for the session', async ({ page }) => {
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, k, v);
    };
  }, STORAGE_KEY);
  await openPractice(page);
  await expect(page.getByRole('alert')).toBeHidden();
  await rateWithKeys(page, 3);
  await expect(page.getByRole('alert')).toContainText('存储空间已满');
  await rateWithKeys(page, 3);
  await expect(page.locator('[data-summary]')).toHaveText(/^今日待复习 2 题/);
});

test('a rating on a topic page with storage disabled is kept for the page and says it was not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  await page.goto('/health-checks/');
  const control = page.getByRole('group', { name: '自测掌握程度：' }).first();
  await control.getByRole('button', { name: '良好' }).click();
  await expect(control).toContainText('（未能保存，仅本页有效）');
  const menu = page.locator('.topic-list a[aria-current="page"]');
  await expect(menu.locator('.progress')).toBeVisible();
  await expect(menu).toContainText('学习中 1');
});
