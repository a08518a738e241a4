import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';

const SITE = process.env.E2E_SITE_URL!;
const REPOSITORY = process.env.E2E_REPOSITORY_URL!;

/** The question ids of a topic page, in order. */
async function topicQuestions(page: import('@playwright/test').Page, topic: string): Promise<string[]> {
  await page.goto(`/${topic}/`);
  return page.locator('main section.question > h2').evaluateAll((hs) => hs.map((h) => h.id));
}

test('a question has a page of its own: difficulty, one-line answer, the full answer and related questions', async ({ page }) => {
  await page.goto('/deployment-rollout/');
  const section = page.locator('section.question', { has: page.locator('#rolling-update-params') });
  const title = (await section.locator('h2').first().textContent())!.trim();
  const summary = (await section.locator('.tldr').textContent())!.trim();
  const parts = await section.locator('.answer h3').allTextContents();
  const related = await section.locator('.related a').allTextContents();

  await page.goto('/q/rolling-update-params/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('main .badge')).toHaveText(/入门|进阶|深入/);
  await expect(page.locator('main .tldr')).toHaveText(summary);
  // The parts of the answer are the headings under the question's h1.
  expect(await page.locator('main .answer h2').allTextContents()).toEqual(parts);
  expect(parts.length).toBeGreaterThan(1);
  await expect(page.getByRole('heading', { level: 2, name: '相关问题' })).toBeVisible();
  expect(await page.locator('main .related a').allTextContents()).toEqual(related);
  await expect(page).toHaveTitle(`${title} | Kubernetes 面试手册`);
  // It looks like the rest of the site: the site header, the topic menu with its topic marked, the theme.
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '专题', exact: true }).locator('[aria-current="page"]')).toContainText('Deployment');
});

test('"在专题中查看" leads to the question inside its topic page', async ({ page }) => {
  await page.goto('/q/rolling-update-params/');
  const back = page.getByRole('link', { name: '在专题中查看' });
  await expect(back).toHaveAttribute('href', '/deployment-rollout/#rolling-update-params');
  await back.click();
  await expect(page).toHaveURL(/\/deployment-rollout\/#rolling-update-params$/);
  await expect(page.locator('#rolling-update-params')).toBeInViewport();
});

test('previous and next walk the questions of a topic, and at its end lead into the next topic', async ({ page }) => {
  const ids = await topicQuestions(page, 'health-checks');
  const next = await topicQuestions(page, 'labels');
  for (const [i, id] of ids.entries()) {
    await page.goto(`/q/${id}/`);
    const pager = page.getByRole('navigation', { name: '上一题和下一题' });
    if (i > 0) await expect(pager.locator('a[rel="prev"]')).toHaveAttribute('href', `/q/${ids[i - 1]}/`);
    if (i < ids.length - 1) await expect(pager.locator('a[rel="next"]')).toHaveAttribute('href', `/q/${ids[i + 1]}/`);
  }
  const last = page.getByRole('navigation', { name: '上一题和下一题' }).locator('a[rel="next"]');
  await expect(last).toHaveAttribute('href', `/q/${next[0]}/`);
  await expect(last).toContainText('进入「标签与标签选择器」');
  await last.click();
  await expect(page).toHaveURL(new RegExp(`/q/${next[0]}/$`));
});

test('a question page is canonical to itself, indexable and in the sitemap, not a redirect', async ({ page, request }) => {
  const response = await request.get('/q/rolling-update-params/');
  const html = await response.text();
  expect(html).not.toMatch(/http-equiv="refresh"/);
  expect(html).not.toMatch(/<meta name="robots"/);
  expect(html).toContain(`<link rel="canonical" href="${SITE}/q/rolling-update-params/">`);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain(`<loc>${SITE}/q/rolling-update-params/</loc>`);
  await page.goto('/q/rolling-update-params/');
  await expect(page).toHaveURL(/\/q\/rolling-update-params\/$/);
});

test('search leaves question pages out of its index and keeps landing on the question in its topic', async ({ page, request }) => {
  // Nothing on a question page is marked for indexing, so it cannot be indexed twice.
  expect(await (await request.get('/q/rolling-update-params/')).text()).not.toContain('data-pagefind-body');
  await page.goto('/q/rolling-update-params/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: '搜索手册' });
  for (const query of ['maxSurge', '滚动更新', '探针']) {
    await dialog.getByRole('searchbox').fill(query);
    await page.waitForFunction((q) => document.querySelector<HTMLElement>('.search-results')?.dataset.query === q, query);
    const hrefs = await dialog.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => h.includes('/q/')), query).toEqual([]);
  }
  await dialog.getByRole('searchbox').fill('maxSurge');
  await expect(dialog.locator('.search-results a').first()).toHaveAttribute('href', /^\/deployment-rollout\/\?.*#rolling-update-params$/);
});

test('field docs and copy buttons work on a question page, from its topic\'s descriptions', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/field-docs/')) fetched.push(new URL(r.url()).pathname); });
  await page.goto('/q/rolling-update-params/');
  const key = page.locator('.doc-key[data-doc="RollingUpdateDeployment-maxSurge"]').first();
  await key.scrollIntoViewIfNeeded();
  await key.hover();
  await expect(page.getByRole('dialog', { name: '字段说明' })).toContainText('The maximum number of pods');
  expect(fetched).toEqual(['/field-docs/deployment-rollout.json']);
  await expect(page.locator('figure.code-frame').first().getByRole('button', { name: /复制/ })).toBeVisible();
});

/** A file's text at a revision without its frontmatter aliases (search only, never shown); undefined where it did not exist. */
function shownAt(rev: string, file: string): string | undefined {
  let text: string;
  try {
    text = execFileSync('git', ['show', `${rev}:${file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
  let inAliases = false;
  return text.split('\n').filter((line) => {
    if (line.startsWith('aliases:')) inAliases = true;
    else if (!/^\s+-/.test(line)) inAliases = false;
    return !inAliases;
  }).join('\n');
}

/** The day of the newest commit that changed what readers see of a file, or undefined in a shallow clone. */
function gitDate(file: string): string | undefined {
  const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'true';
  if (shallow) return undefined;
  const commits = execFileSync('git', ['log', '--format=%H %cI', '--', file], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  for (const [hash = '', date = ''] of commits.map((line) => line.split(' '))) {
    if (shownAt(hash, file) !== shownAt(`${hash}^`, file)) return date.slice(0, 10);
  }
  return undefined;
}

test('each question shows when what readers see of it last changed, as git history has it', async ({ page }) => {
  await page.goto('/health-checks/');
  const ids = await page.locator('main section.question > h2').evaluateAll((hs) => hs.map((h) => h.id));
  for (const id of ids) {
    const expected = gitDate(`content/questions/health-checks/${id}.mdx`);
    const time = page.locator('section.question', { has: page.locator(`#${id}`) }).locator('.updated time');
    if (expected) {
      await expect(time).toHaveAttribute('datetime', expected);
      await expect(time).toHaveText(expected);
    } else {
      await expect(time).toHaveCount(0);
    }
  }
  const expected = gitDate('content/questions/health-checks/probe-types.mdx');
  await page.goto('/q/probe-types/');
  if (expected) await expect(page.locator('main .updated time')).toHaveAttribute('datetime', expected);
  else await expect(page.locator('main .updated')).toHaveCount(0);
});

test('"报错 / 编辑此页" leads to the question\'s file in the configured repository', async ({ page }) => {
  const file = `${REPOSITORY}/blob/main/content/questions/deployment-rollout/rolling-update-params.mdx`;
  await page.goto('/deployment-rollout/');
  const section = page.locator('section.question', { has: page.locator('#rolling-update-params') });
  await expect(section.getByRole('link', { name: /报错 \/ 编辑此页/ })).toHaveAttribute('href', file);
  await page.goto('/q/rolling-update-params/');
  await expect(page.locator('main').getByRole('link', { name: /报错 \/ 编辑此页/ })).toHaveAttribute('href', file);
  await expect(page.getByRole('contentinfo').getByRole('link', { name: '源代码与反馈' })).toHaveAttribute('href', REPOSITORY);
});

test('without JavaScript a question page reads in full and its permalink is a plain link on the topic page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/deployment-rollout/');
  const section = page.locator('section.question', { has: page.locator('#rolling-update-params') });
  await expect(section.getByRole('button', { name: '复制链接' })).toBeHidden();
  await section.getByRole('link', { name: /单独页面/ }).click();
  await expect(page).toHaveURL(/\/q\/rolling-update-params\/$/);
  await expect(page.locator('main .answer')).toBeVisible();
  await context.close();
});
