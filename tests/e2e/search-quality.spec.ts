import { test, expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { searchCases, NEWEST_TOPICS, MIN_QUERIES, MIN_NEWEST } from '../search/queries.ts';
import { validateCases, gradeOne, gradeAll, formatGrade } from '../search/grade.ts';

/** Every question id in the content, mapped to its topic folder. */
function questionTopics(): Map<string, string> {
  const root = 'content/questions';
  const map = new Map<string, string>();
  for (const topic of readdirSync(root)) {
    for (const file of readdirSync(path.join(root, topic))) {
      if (file.endsWith('.mdx')) map.set(file.replace(/\.mdx$/, ''), topic);
    }
  }
  return map;
}

/** Types a query into the open dialog and reads the question anchors of the results, in order. */
async function resultIds(page: Page, query: string): Promise<string[]> {
  await page.getByRole('dialog').getByRole('searchbox').fill(query);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('.search-results')?.dataset.query === q, query.trim());
  const hrefs = await page.locator('.search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.split('#')[1] ?? `(page ${href})`);
}

test('the query suite ranks the expected question first and keeps it in the top three', async ({ page }) => {
  test.setTimeout(180_000);
  const topics = questionTopics();
  validateCases(searchCases, new Set(topics.keys()), (id) => topics.get(id), { minQueries: MIN_QUERIES, minNewest: MIN_NEWEST, newestTopics: NEWEST_TOPICS });

  await page.goto('/');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();

  const outcomes = [];
  for (const c of searchCases) outcomes.push(gradeOne(c, await resultIds(page, c.query)));
  const grade = gradeAll(outcomes);
  const report = formatGrade(grade);
  console.log(report);
  await test.info().attach('search-quality.txt', { body: report, contentType: 'text/plain' });

  expect(grade.top1Rate, report).toBeGreaterThanOrEqual(0.9);
  expect(grade.misses.filter((m) => !m.top3).map((m) => m.case.query), report).toEqual([]);
});
