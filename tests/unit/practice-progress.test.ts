import { test } from 'node:test';
import assert from 'node:assert/strict';
process.env.TZ = 'Asia/Shanghai';
const { dailyHistory, countStatuses, statusOf } = await import('../../src/practice/progress.ts');
const { formatDue, formatInterval, daysBetween } = await import('../../src/practice/dates.ts');
import type { CardRecord, ReviewRecord } from '../../src/practice/schema.ts';

const NOW = new Date('2025-03-10T04:00:00.000Z'); // 12:00 on 10 March in Shanghai
const card = (state: 0 | 1 | 2 | 3, stability: number): CardRecord => ({
  title: '', due: '2025-04-01T00:00:00.000Z', stability, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state, lastReview: '2025-03-01T00:00:00.000Z',
});
const review = (id: string, at: string, stability: number, state: 0 | 1 | 2 | 3 = 2): ReviewRecord => ({ id, at, grade: 3, stability, state });

test('a question is new without a card, mastered in review with three weeks of stability, learning otherwise', () => {
  assert.equal(statusOf(undefined), 'new');
  assert.equal(statusOf(card(2, 21)), 'mastered');
  assert.equal(statusOf(card(2, 20.9)), 'learning');
  assert.equal(statusOf(card(3, 40)), 'learning', 'a forgotten question is relearning, however stable it was');
  assert.deepEqual(countStatuses(['a', 'b', 'c', 'd'], { a: card(2, 30), b: card(1, 1), zz: card(2, 30) }), { mastered: 1, learning: 1, new: 2 });
});

test('the history counts ratings per local day and replays mastery to the end of each day', () => {
  const reviews = [
    review('a', '2025-03-08T15:30:00.000Z', 25),            // 23:30 on 8 March in Shanghai
    review('b', '2025-03-08T16:30:00.000Z', 3, 1),          // 00:30 on 9 March
    review('b', '2025-03-09T03:00:00.000Z', 30),            // 11:00 on 9 March: b mastered
    review('a', '2025-03-10T01:00:00.000Z', 2, 3),          // 09:00 on 10 March: a forgotten
    review('gone', '2025-03-09T03:00:00.000Z', 50),         // not in the handbook any more
    review('a', '2025-01-01T00:00:00.000Z', 1, 1),          // long before the window
  ];
  const days = dailyHistory(reviews, new Set(['a', 'b']), NOW, 4);
  assert.deepEqual(days.map((d) => [d.date.getDate(), d.reviews, d.mastered]), [[7, 0, 0], [8, 1, 1], [9, 3, 2], [10, 1, 1]]);
});

test('due dates and intervals read the way a person would say them', () => {
  const now = new Date('2025-03-10T04:00:00.000Z');
  const later = (ms: number) => new Date(now.getTime() + ms);
  assert.equal(formatDue(later(10 * 60_000), now), '10 分钟后');
  assert.equal(formatDue(later(5 * 3_600_000), now), '今天 17:00');
  assert.equal(formatDue(later(20 * 3_600_000), now), '明天');
  assert.equal(formatDue(later(12 * 86_400_000), now), '3月22日（12 天后）');
  assert.equal(formatDue(new Date('2026-01-02T04:00:00.000Z'), now), '2026年1月2日（298 天后）');
  assert.equal(formatInterval(later(60_000), now), '1 分钟');
  assert.equal(formatInterval(later(3 * 86_400_000), now), '3 天');
  assert.equal(formatInterval(later(45 * 86_400_000), now), '1.5 个月');
  assert.equal(daysBetween(new Date('2025-03-09T15:59:00.000Z'), new Date('2025-03-09T16:01:00.000Z')), 1, 'midnight in Shanghai starts a new day');
});

test('the boot script on every page marks a question mastered exactly when the practice page does', async () => {
  const { markOf } = await import('../../src/practice/client/boot.ts');
  const { isMastered } = await import('../../src/practice/progress.ts');
  for (const state of [0, 1, 2, 3]) {
    for (const stability of [0, 1, 20.99, 21, 21.01, 100]) {
      assert.equal(markOf({ state, stability }) === 'm', isMastered({ state, stability }), `state ${state}, stability ${stability}`);
    }
  }
});
