import { test } from 'node:test';
import assert from 'node:assert/strict';
process.env.TZ = 'Asia/Shanghai';
const { buildQueue, nextItem, isDueNow } = await import('../../src/practice/queue.ts');
import type { PracticeQuestion } from '../../src/practice/queue.ts';
import type { CardRecord } from '../../src/practice/schema.ts';

// 10:00 on 5 March 2025 in Shanghai (UTC+8).
const NOW = new Date('2025-03-05T02:00:00.000Z');
const q = (id: string, topic = 't1', difficulty = '入门'): PracticeQuestion => ({ id, topic, title: id, summary: '', difficulty });
const card = (due: string, state: 0 | 1 | 2 | 3 = 2): CardRecord => ({
  title: '', due, stability: 3, difficulty: 5, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, state, lastReview: '2025-03-01T00:00:00.000Z',
});
const QUESTIONS = [q('a'), q('b'), q('c', 't1', '进阶'), q('d', 't2'), q('e', 't2', '深入'), q('f', 't2'), q('g', 't2')];

test('due reviews come first, most overdue first, then new questions in learner order, then later learning steps', () => {
  const cards = {
    f: card('2025-03-05T01:00:00.000Z'), // due an hour ago
    b: card('2025-03-02T02:00:00.000Z'), // three days overdue
    d: card('2025-03-05T12:00:00.000Z'), // in review, due tonight: due all day
    e: card('2025-03-05T02:05:00.000Z', 1), // learning, its step ends in 5 minutes
    g: card('2025-03-08T02:00:00.000Z'), // due in three days
  };
  const queue = buildQueue(QUESTIONS, cards, {}, NOW);
  assert.deepEqual(queue.items.map((i) => `${i.kind}:${i.question.id}`), ['due:b', 'due:f', 'due:d', 'new:a', 'new:c', 'ahead:e']);
  assert.equal(queue.dueToday, 4);
  assert.equal(queue.fresh, 2);
  assert.equal(queue.nextDue, undefined, 'no next date while something is due today');
});

test('a review due tomorrow is not due today, even a few hours from now', () => {
  const tomorrow = card('2025-03-05T17:00:00.000Z'); // 01:00 on 6 March in Shanghai
  assert.equal(isDueNow(tomorrow, NOW), false);
  assert.equal(isDueNow(card('2025-03-05T15:59:00.000Z'), NOW), true); // 23:59 on 5 March
});

test('filters keep only the chosen topic and difficulty', () => {
  const cards = { e: card('2025-03-04T00:00:00.000Z') };
  assert.deepEqual(buildQueue(QUESTIONS, cards, { topic: 't2' }, NOW).items.map((i) => i.question.id), ['e', 'd', 'f', 'g']);
  assert.deepEqual(buildQueue(QUESTIONS, cards, { difficulty: '入门' }, NOW).items.map((i) => i.question.id), ['a', 'b', 'd', 'f', 'g']);
  assert.deepEqual(buildQueue(QUESTIONS, cards, { topic: 't2', difficulty: '深入' }, NOW).items.map((i) => i.question.id), ['e']);
});

test('when nothing is due today, the queue names the next due date', () => {
  const cards = Object.fromEntries(QUESTIONS.map((x, i) => [x.id, card(new Date(Date.parse('2025-03-07T02:00:00.000Z') + i * 86_400_000).toISOString())]));
  const queue = buildQueue(QUESTIONS, cards, {}, NOW);
  assert.deepEqual(queue.items, []);
  assert.equal(queue.dueToday, 0);
  assert.equal(queue.nextDue?.toISOString(), '2025-03-07T02:00:00.000Z');
  assert.equal(buildQueue(QUESTIONS, cards, { topic: 't2' }, NOW).nextDue?.toISOString(), '2025-03-10T02:00:00.000Z');
});

test('the question just rated is not shown again straight away if another is waiting', () => {
  const cards = { a: card('2025-03-05T02:01:00.000Z', 1), b: card('2025-03-05T02:02:00.000Z', 1) };
  const queue = buildQueue([q('a'), q('b')], cards, {}, NOW);
  assert.equal(nextItem(queue, 'a')?.question.id, 'b');
  assert.equal(nextItem(buildQueue([q('a')], { a: cards.a }, {}, NOW), 'a')?.question.id, 'a');
});

test('records of questions no longer in the handbook are left out of the queue', () => {
  const queue = buildQueue([q('a')], { gone: card('2025-03-01T00:00:00.000Z') }, {}, NOW);
  assert.deepEqual(queue.items.map((i) => i.question.id), ['a']);
  assert.equal(queue.dueToday, 0);
});
