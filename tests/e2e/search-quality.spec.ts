import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { searchCases, NEWEST_TOPICS, MIN_QUERIES, MIN_NEWEST } from '../search/queries.ts';
import { readerCases, READER_KINDS, MIN_READER_PER_KIND, MIN_READER_PER_KIND_PER_HALF, type ReaderCase } from '../search/reader-queries.ts';
import { isUnseen, validateReaderCases } from '../search/reader-suite.ts';
import { validateCases, gradeOne, gradeAll, formatGrade, type Outcome } from '../search/grade.ts';
import { openSearch, resultIds } from '../search/dialog.ts';

/** The tuning suite must keep (nearly) every query first. */
const TUNING_TARGET = { top1: 0.99, top3: 1 };
/**
 * The reader suite is judged on its holdout half (all batches). Its target is top-1 ≥ 90 % and top-3
 * ≥ 97 %; the search reaches 79.3 % and 85.4 % there (261 and 281 of 329), so until it meets the
 * target the test holds it two queries below that level: a change that loses real ground fails.
 */
const READER_HOLDOUT_MINIMUM = { top1: 0.785, top3: 0.845 };

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

test('the tuning suite ranks the expected question first and keeps it in the top three', async ({ page }) => {
  test.setTimeout(180_000);
  const topics = questionTopics();
  validateCases(searchCases, new Set(topics.keys()), (id) => topics.get(id), { minQueries: MIN_QUERIES, minNewest: MIN_NEWEST, newestTopics: NEWEST_TOPICS });

  await openSearch(page);
  const outcomes: Outcome[] = [];
  for (const c of searchCases) outcomes.push(gradeOne(c, await resultIds(page, c.query)));
  const grade = gradeAll(outcomes);
  const report = formatGrade(grade);
  console.log(`tuning suite (tests/search/queries.ts)\n${report}`);
  await test.info().attach('search-quality.txt', { body: report, contentType: 'text/plain' });

  expect(grade.top1Rate, report).toBeGreaterThanOrEqual(TUNING_TARGET.top1);
  expect(grade.top3Rate, report).toBeGreaterThanOrEqual(TUNING_TARGET.top3);
});

test('the reader suite finds what strangers type: its holdout half keeps its level', async ({ page }) => {
  // 659 queries typed one by one into the dialog: about three minutes on a loaded two-core machine.
  test.setTimeout(420_000);
  const topics = questionTopics();
  validateReaderCases(readerCases, new Set(topics.keys()), searchCases.map((c) => c.query), { kinds: READER_KINDS, minPerKind: MIN_READER_PER_KIND, minPerKindPerHalf: MIN_READER_PER_KIND_PER_HALF });

  await openSearch(page);
  const graded: { c: ReaderCase; outcome: Outcome }[] = [];
  for (const c of readerCases) graded.push({ c, outcome: gradeOne(c, await resultIds(page, c.query)) });
  const part = (keep: (c: ReaderCase) => boolean) => gradeAll(graded.filter((g) => keep(g.c)).map((g) => g.outcome));
  const holdout = part((c) => c.split === 'holdout');
  // The later batches' holdout misses are never printed: those halves have not been seen by anyone tuning.
  const report = [
    `reader suite, tune half\n${formatGrade(part((c) => c.split === 'tune'))}`,
    `reader suite, holdout half\n${formatGrade(holdout, { listMisses: false })}`,
    `holdout half, first batch\n${formatGrade(part((c) => c.split === 'holdout' && c.batch === 1))}`,
    `holdout half, later batches (never seen while tuning)\n${formatGrade(part(isUnseen), { listMisses: false })}`,
  ].join('\n\n');
  console.log(report);
  await test.info().attach('reader-search-quality.txt', { body: report, contentType: 'text/plain' });

  expect(holdout.top1Rate, report).toBeGreaterThanOrEqual(READER_HOLDOUT_MINIMUM.top1);
  expect(holdout.top3Rate, report).toBeGreaterThanOrEqual(READER_HOLDOUT_MINIMUM.top3);
});
