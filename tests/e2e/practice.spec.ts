import { test, expect, type Page } from '@playwright/test';
import { cardTitle, learnerOrder, openPractice, rateWithKeys, record, seedRecord, storedRecord, NOON_TODAY } from './support/practice.ts';
import { useTheme, type Theme } from './support/pages.ts';
import { violations } from './support/axe.ts';

test.beforeEach(async ({ page }) => { await page.clock.setFixedTime(NOON_TODAY); });

const card = (page: Page) => page.locator('[data-card]');
const currentId = (page: Page) => card(page).getAttribute('data-question');

test('a rating on /practice/ is kept across a reload, in the queue, the progress and the topic menu', async ({ page }) => {
  const order = await learnerOrder(page);
  await openPractice(page);
  const total = order.length;
  await expect(page.locator('[data-summary]')).toHaveText(`今日待复习 0 题 · 新题 ${total} 题`);
  expect(await currentId(page)).toBe(order[0]!.id);
  await rateWithKeys(page, 3);

  await page.reload();
  await expect(page.locator('[data-summary]')).toHaveText(`今日待复习 1 题 · 新题 ${total - 1} 题`);
  // Rated 良好 as new, it comes back after its 10-minute learning step: the next new question shows now.
  await expect(card(page)).toHaveAttribute('data-question', order[1]!.id);
  await expect(page.locator('.practice .progress-text')).toHaveText(`已掌握 0 · 学习中 1 · 未学 ${total - 1}`);
  const menu = page.locator('.topic-list a', { hasText: '' }).filter({ has: page.locator(`[data-progress~="${order[0]!.id}"]`) });
  await expect(menu.locator('.progress')).toBeVisible();
  await expect(menu).toContainText('已掌握 0 · 学习中 1');
  const stored = await storedRecord(page);
  expect(Object.keys(stored!.cards)).toEqual([order[0]!.id]);
  expect(stored!.reviews.map((r) => r.grade)).toEqual([3]);
});

test('the queue shows due reviews first, the most overdue first, then new questions in learner order', async ({ page }) => {
  const order = await learnerOrder(page);
  const [a, b, c, d] = [order[5]!.id, order[9]!.id, order[2]!.id, order[0]!.id];
  await openPractice(page);
  await seedRecord(page, record({
    [a]: { dueInDays: -1 },
    [b]: { dueInDays: -4 },
    [c]: { dueInDays: 6 }, // not due: stays out of today's queue
    [d]: { dueInDays: -2 },
  }));
  await expect(page.locator('[data-summary]')).toHaveText(`今日待复习 3 题 · 新题 ${order.length - 4} 题`);
  const seen: string[] = [];
  for (let i = 0; i < 5; i++) {
    seen.push((await currentId(page))!);
    if (i < 3) await expect(page.locator('[data-kind]')).toHaveText('复习');
    else await expect(page.locator('[data-kind]')).toHaveText('新题');
    await rateWithKeys(page, 4);
  }
  const fresh = order.map((q) => q.id).filter((id) => ![a, b, c, d].includes(id));
  expect(seen).toEqual([b, d, a, fresh[0], fresh[1]]);
});

test('filters keep the queue to one topic and difficulty, and the address keeps the choice', async ({ page }) => {
  const order = await learnerOrder(page);
  const topic = order.find((q) => q.topic === 'health-checks')!;
  await openPractice(page);
  const filters = page.locator('.practice');
  await filters.getByLabel('专题').selectOption('health-checks');
  await expect(page).toHaveURL(/\?topic=health-checks$/);
  await expect(card(page)).toHaveAttribute('data-question', topic.id);
  const inTopic = order.filter((q) => q.topic === 'health-checks').length;
  await expect(page.locator('[data-summary]')).toHaveText(`今日待复习 0 题 · 新题 ${inTopic} 题`);
  await filters.getByLabel('难度').selectOption('深入');
  await page.reload();
  await expect(filters.getByLabel('专题')).toHaveValue('health-checks');
  await expect(filters.getByLabel('难度')).toHaveValue('深入');
  const deep = await page.request.get('/practice/questions.json').then((r) => r.json()) as { questions: { id: string; topic: string; difficulty: string }[] };
  const expected = deep.questions.filter((q) => q.topic === 'health-checks' && q.difficulty === '深入');
  await expect(page.locator('[data-summary]')).toHaveText(`今日待复习 0 题 · 新题 ${expected.length} 题`);
  if (expected.length) await expect(card(page)).toHaveAttribute('data-question', expected[0]!.id);
});

test('with nothing due, the page gives the next due date', async ({ page }) => {
  await openPractice(page, '?topic=namespaces');
  const ids = (await page.request.get('/practice/questions.json').then((r) => r.json()) as { questions: { id: string; topic: string }[] })
    .questions.filter((q) => q.topic === 'namespaces').map((q) => q.id);
  await seedRecord(page, record(Object.fromEntries(ids.map((id, i) => [id, { dueInDays: 3 + i }]))));
  await expect(page.locator('[data-summary]')).toHaveText(/^今日待复习 0 题，下一次复习：\d+月\d+日（3 天后） · 新题 0 题$/);
  await expect(page.locator('[data-done]')).toBeVisible();
  await expect(page.locator('[data-done-text]')).toContainText(/下一次复习：\d+月\d+日（3 天后）/);
  await expect(card(page)).toBeHidden();
});

test('the keyboard alone runs a session, and the shortcuts are on screen', async ({ page }) => {
  await openPractice(page);
  await expect(page.locator('.card-note', { hasText: '快捷键' })).toContainText('空格 显示答案，1–4 评分');
  const first = await currentId(page);
  // Rating keys do nothing while the answer is hidden.
  await page.keyboard.press('3');
  expect(await currentId(page)).toBe(first);
  expect(await storedRecord(page)).toBeNull();

  await page.keyboard.press('Space');
  await expect(page.locator('[data-tldr]')).toBeVisible();
  await expect(page.locator('[data-grades]')).toBeVisible();
  await expect(page.locator('[data-grade="4"]')).toContainText(/简单 \d+ 天/);
  await expect(page.locator('#announcer')).toContainText('一句话回答：');
  await page.keyboard.press('Space');
  await expect(page.locator('[data-answer] h3').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /显示/ })).toBeHidden();

  await page.keyboard.press('4');
  await expect(page.locator('#announcer')).toContainText(/已记为“简单”，.+复习。下一题：新题/);
  await expect(cardTitle(page)).toBeFocused();
  expect(await currentId(page)).not.toBe(first);
  expect((await storedRecord(page))!.reviews.map((r) => r.grade)).toEqual([4]);

  // On the focused reveal button Space is the button's own: one step, not two.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /显示一句话回答/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('[data-tldr]')).toBeVisible();
  await expect(page.locator('[data-answer]')).toBeHidden();
  // Keys typed into the search box are text, not ratings.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('1 2');
  // The first Escape clears the search field, the second closes the dialog.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  expect((await storedRecord(page))!.reviews).toHaveLength(1);
  await page.keyboard.press('1');
  await expect.poll(async () => (await storedRecord(page))!.reviews.length).toBe(2);
});

test('screen readers are told the card, its state and what a rating did', async ({ page }) => {
  await openPractice(page);
  const region = page.getByRole('region', { name: await cardTitle(page).textContent() ?? '' });
  await expect(region).toHaveAttribute('aria-describedby', 'card-state');
  await expect(page.locator('#card-state')).toHaveText(/^新题 · .+ · 难度：(入门|进阶|深入)，答案未显示$/);
  await page.getByRole('button', { name: '显示一句话回答' }).click();
  await expect(page.locator('#card-state')).toHaveText(/已显示一句话回答$/);
  await page.getByRole('group', { name: '你答得怎么样？' }).getByRole('button', { name: /良好/ }).click();
  await expect(page.locator('#announcer')).toContainText(/已记为“良好”，10 分钟后复习。下一题：新题，.+，(入门|进阶|深入)。/);
});

test('the full answer comes from a small per-question page, with its code colours', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await openPractice(page);
  const id = await currentId(page);
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  await expect(page.locator('[data-answer] h3').first()).toBeVisible();
  expect(fetched).toContain(`/practice/answers/${id}/`);
  expect(fetched.filter((p) => /^\/[a-z-]+\/$/.test(p) && p !== '/practice/')).toEqual([]);
  // Field descriptions need the topic page's popover, so their markers are gone here.
  expect(await page.locator('[data-answer] .doc-key, [data-answer] .doc-hint').count()).toBe(0);
  // The code-colour stylesheet came along: code tokens are not in the text colour.
  const token = page.locator('[data-answer] .astro-code .line span[class]').first();
  await expect(token).toBeVisible();
  const text = await page.locator('[data-answer] p').first().evaluate((p) => getComputedStyle(p).color);
  const colours = await page.locator('[data-answer] .astro-code .line span[class]').evaluateAll((spans) => spans.map((s) => getComputedStyle(s).color));
  expect(colours.some((c) => c !== text), 'some token is coloured').toBe(true);
  await expect(page.locator('[data-answer]').getByRole('link', { name: '在专题页中阅读这道题' })).toHaveAttribute('href', new RegExp(`#${id}$`));
});

test('a rating given on a topic page feeds the same record, loading the rating code only then', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
  await page.goto('/health-checks/');
  await page.waitForLoadState('networkidle');
  const before = scripts.length;
  const control = page.getByRole('group', { name: '自测掌握程度：' }).first();
  await expect(control).toBeVisible();
  await control.getByRole('button', { name: '困难' }).click();
  await expect(control).toContainText(/学习中 已记为“困难”，\d+ 分钟后复习/);
  expect(scripts.length, 'the rating code loads on the first click').toBeGreaterThan(before);
  await expect(page.locator('#announcer')).toContainText('已记为“困难”');

  await page.reload();
  const menu = page.locator('.topic-list a[aria-current="page"]');
  await expect(menu.locator('.progress')).toBeVisible();
  await expect(menu).toContainText('已掌握 0 · 学习中 1 · 未学 4');
  await openPractice(page, '?topic=health-checks');
  await expect(page.locator('[data-summary]')).toHaveText('今日待复习 1 题 · 新题 4 题');
  const stored = await storedRecord(page);
  expect(Object.keys(stored!.cards)).toEqual(['probe-types']);
});

test('a rating on a question page shows on its topic page, in the topic menu and on the home page', async ({ page }) => {
  await page.goto('/q/probe-mechanisms/');
  const control = page.getByRole('group', { name: '自测掌握程度：' });
  await expect(control).toHaveCount(1);
  await control.getByRole('button', { name: '简单' }).click();
  await expect(control).toContainText(/已记为“简单”/);
  await expect(page.locator('#announcer')).toContainText('已记为“简单”');

  await page.goto('/health-checks/');
  await expect(page.locator('[data-rate="probe-mechanisms"]')).toHaveAttribute('data-state', /^[lm]$/);
  await expect(page.locator('[data-rate="probe-types"]')).not.toHaveAttribute('data-state');
  await expect(page.locator('.topic-list a[aria-current="page"]')).toContainText(/学习中 1 · 未学 4|已掌握 1 · 学习中 0 · 未学 4/);

  await page.goto('/');
  const topicCard = page.locator('.topic-card', { hasText: '健康检查' });
  await expect(topicCard.locator('.progress-text')).toBeVisible();
  await expect(topicCard.locator('.progress-text')).toHaveText(/^(已掌握 0 · 学习中 1|已掌握 1 · 学习中 0) · 未学 4$/);
  expect(Object.keys((await storedRecord(page))!.cards)).toEqual(['probe-mechanisms']);
});

test('on a 390 px phone, answers with wide samples and tables scroll inside the card, never the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openPractice(page, '?topic=deployment-rollout');
  let wideSamples = 0;
  for (let shown = 0; shown < 4; shown++) {
    const id = await currentId(page);
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await expect(page.locator('[data-answer] h3').first(), `${id} shows its full answer`).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow, `${id}: the page is ${overflow}px too wide`).toBeLessThanOrEqual(0);
    // Samples wider than the phone scroll in their own box.
    for (const pre of await page.locator('[data-answer] pre').all()) {
      const box = await pre.evaluate((el) => ({ wide: el.scrollWidth > el.clientWidth, overflow: getComputedStyle(el).overflowX }));
      expect(box.overflow, id!).toBe('auto');
      if (box.wide) wideSamples++;
    }
    await page.keyboard.press('3');
    await expect(card(page)).not.toHaveAttribute('data-question', id!);
  }
  expect(wideSamples, 'some sample is wider than the phone, so the check means something').toBeGreaterThan(0);
});

test('an answer shows only once its code styles have loaded, so a slow stylesheet never widens the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openPractice(page, '?topic=deployment-rollout');
  // The answer's own stylesheets (code colours and layout) arrive late.
  await page.route('**/*.css', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const firstSight = page.evaluate(() => new Promise<{ overflow: number; wide: boolean }>((resolve) => {
    const look = () => {
      const heading = document.querySelector('[data-answer] h3');
      if (!heading?.checkVisibility()) return requestAnimationFrame(look);
      const samples = [...document.querySelectorAll('[data-answer] pre')];
      resolve({ overflow: document.documentElement.scrollWidth - innerWidth, wide: samples.some((pre) => pre.scrollWidth > 390) });
    };
    look();
  }));
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  const seen = await firstSight;
  expect(seen.wide, 'the first answer has a sample wider than the phone, so the check means something').toBe(true);
  expect(seen.overflow, 'the page is wider than the phone when the answer first shows').toBeLessThanOrEqual(0);
});

test('topic pages load no practice code and no record data before a rating control is used', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto('/deployment-rollout/');
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((p) => p.startsWith('/practice/'))).toEqual([]);
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).map((e) => e.name));
  for (const url of scripts) {
    const text = await (await page.request.get(url)).text();
    expect(text, `${url} holds FSRS code`).not.toContain('request_retention');
  }
});

test('a record kept under an id the handbook renamed moves to the question, and one for a removed question breaks nothing', async ({ page }) => {
  const order = await learnerOrder(page);
  await page.goto('/health-checks/');
  const title = (await page.locator('#probe-types').textContent())!.trim();
  await openPractice(page);
  await seedRecord(page, record({ 'old-probe-types': { dueInDays: -1, title }, 'long-gone': { dueInDays: -1, title: '已删除的题' } }));
  await expect(page.locator('[data-summary]')).toHaveText(`今日待复习 1 题 · 新题 ${order.length - 1} 题`);
  await expect(card(page)).toHaveAttribute('data-question', 'probe-types');
  const stored = await storedRecord(page);
  expect(Object.keys(stored!.cards).sort()).toEqual(['long-gone', 'probe-types']);
  expect(stored!.reviews.map((r) => r.id).sort()).toEqual(['long-gone', 'probe-types']);
});

for (const theme of ['light', 'dark'] as Theme[]) {
  test(`/practice/ meets WCAG 2.2 AA in the ${theme} theme: a card with its answer, the charts and the reset dialog`, async ({ page }) => {
    const order = await learnerOrder(page);
    await useTheme(page, theme);
    await openPractice(page);
    await seedRecord(page, record(Object.fromEntries(order.slice(0, 12).map((q, i) => [q.id, { dueInDays: i - 4, stability: 10 + i * 4 }]))));
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await expect(page.locator('[data-answer] h3').first()).toBeVisible();
    await expect(page.locator('[data-chart="reviews"] rect').first()).toBeAttached();
    const found = await violations(page, `/practice/ [${theme}]`);
    await page.getByRole('button', { name: '清除全部记录…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    found.push(...(await violations(page, `/practice/ reset dialog [${theme}]`, 'dialog')));
    expect(found, found.join('\n')).toEqual([]);
  });
}
