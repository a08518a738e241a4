import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rate, previewDue } from '../../src/practice/schedule.ts';
import { STATE } from '../../src/practice/schema.ts';
import type { CardRecord } from '../../src/practice/schema.ts';
import type { Grade } from '../../src/practice/grades.ts';

const START = new Date('2025-03-03T01:00:00.000Z');
const minutes = (n: number) => n * 60_000;
const days = (n: number) => n * 86_400_000;

/** Rates one question through a sequence of (wait, grade) steps on a fixed clock, returning each step's card. */
function session(steps: [number, Grade][]) {
  let clock = START.getTime();
  let card: CardRecord | undefined;
  return steps.map(([wait, grade]) => {
    clock += wait;
    const now = new Date(clock);
    const result = rate('probe-types', card, grade, now, '探针有哪几种？');
    card = result.card;
    return { now, card, review: result.review };
  });
}

test('a new question rated 良好 is shown again after the 10-minute learning step, then graduates to days', () => {
  const [first, second, third, fourth] = session([[0, 3], [minutes(10), 3], [days(1), 3], [days(5), 4]]);
  assert.equal(first!.card.state, STATE.learning);
  assert.equal(first!.card.due, '2025-03-03T01:10:00.000Z');
  assert.equal(second!.card.state, STATE.review);
  assert.equal(second!.card.due, '2025-03-05T01:10:00.000Z');
  assert.equal(third!.card.due, '2025-03-11T01:10:00.000Z');
  assert.equal(fourth!.card.due, '2025-04-21T01:10:00.000Z');
  assert.equal(fourth!.card.scheduledDays, 43);
  assert.equal(fourth!.card.reps, 4);
  assert.equal(fourth!.card.lapses, 0);
});

test('forgetting a review question counts a lapse and brings it back after 10 minutes of relearning', () => {
  const steps = session([[0, 3], [minutes(10), 3], [days(1), 3], [days(5), 4], [days(20), 1], [minutes(10), 3]]);
  const lapse = steps[4]!;
  assert.equal(lapse.card.state, STATE.relearning);
  assert.equal(lapse.card.lapses, 1);
  assert.equal(lapse.card.due, '2025-03-29T01:20:00.000Z');
  assert.ok(lapse.card.stability < steps[3]!.card.stability, 'forgetting lowers stability');
  const relearnt = steps[5]!;
  assert.equal(relearnt.card.state, STATE.review);
  assert.equal(relearnt.card.due, '2025-04-01T01:20:00.000Z');
});

test('each grade of a new question schedules it differently, the easier the later', () => {
  const due = previewDue(undefined, START);
  assert.equal(due[1].toISOString(), '2025-03-03T01:01:00.000Z');
  assert.equal(due[2].toISOString(), '2025-03-03T01:06:00.000Z');
  assert.equal(due[3].toISOString(), '2025-03-03T01:10:00.000Z');
  assert.equal(due[4].toISOString(), '2025-03-11T01:00:00.000Z');
  // The preview is what rating would do.
  for (const grade of [1, 2, 3, 4] as Grade[]) assert.equal(rate('x', undefined, grade, START, 'x').card.due, due[grade].toISOString());
});

test('the review kept for the charts records the time, grade and the card FSRS made', () => {
  const [step] = session([[0, 4]]);
  assert.deepEqual(step!.review, { id: 'probe-types', at: START.toISOString(), grade: 4, stability: step!.card.stability, state: STATE.review });
  assert.equal(step!.card.title, '探针有哪几种？');
  assert.equal(step!.card.lastReview, START.toISOString());
});

test('scheduling depends only on the given clock, so the same ratings give the same dates', () => {
  const a = session([[0, 3], [minutes(10), 2], [days(3), 3]]).map((s) => s.card.due);
  const b = session([[0, 3], [minutes(10), 2], [days(3), 3]]).map((s) => s.card.due);
  assert.deepEqual(a, b);
});
