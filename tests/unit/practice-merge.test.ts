import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeDocs, relinkRenamed } from '../../src/practice/merge.ts';
import { emptyDoc, type CardRecord, type PracticeDoc, type ReviewRecord } from '../../src/practice/schema.ts';

const card = (lastReview: string, over: Partial<CardRecord> = {}): CardRecord => ({
  title: 'T', due: '2025-04-01T00:00:00.000Z', stability: 5, difficulty: 5, scheduledDays: 5,
  learningSteps: 0, reps: 2, lapses: 0, state: 2, lastReview, ...over,
});
const review = (id: string, at: string, grade: 1 | 2 | 3 | 4 = 3): ReviewRecord => ({ id, at, grade, stability: 5, state: 2 });
const doc = (cards: Record<string, CardRecord>, reviews: ReviewRecord[] = []): PracticeDoc => ({ ...emptyDoc(), cards, reviews });

test('importing into an empty record gives exactly the imported record', () => {
  const incoming = doc({ a: card('2025-03-01T00:00:00.000Z') }, [review('a', '2025-03-01T00:00:00.000Z')]);
  const { doc: merged, added, updated, reviewsAdded } = mergeDocs(emptyDoc(), incoming);
  assert.deepEqual({ ...merged.cards }, incoming.cards);
  assert.deepEqual(merged.reviews, incoming.reviews);
  assert.deepEqual([added, updated, reviewsAdded], [1, 0, 1]);
});

test('each question keeps the card rated last, and nothing only one side has is lost', () => {
  const local = doc({ a: card('2025-03-05T00:00:00.000Z', { reps: 3 }), b: card('2025-03-01T00:00:00.000Z') });
  const incoming = doc({ a: card('2025-03-02T00:00:00.000Z', { reps: 9 }), b: card('2025-03-04T00:00:00.000Z', { reps: 4 }), c: card('2025-03-03T00:00:00.000Z') });
  const { doc: merged, added, updated } = mergeDocs(local, incoming);
  assert.equal(merged.cards.a!.reps, 3, 'the local card of a was rated later');
  assert.equal(merged.cards.b!.reps, 4, 'the imported card of b was rated later');
  assert.ok(merged.cards.c);
  assert.deepEqual([added, updated], [1, 1]);
});

test('the same rating in both histories counts once, and the joined history is in time order', () => {
  const shared = review('a', '2025-03-02T00:00:00.000Z');
  const local = doc({}, [review('a', '2025-03-01T00:00:00.000Z'), shared]);
  const incoming = doc({}, [shared, review('b', '2025-03-01T12:00:00.000Z', 1), review('b', '2025-03-01T12:00:00.000Z', 1)]);
  const { doc: merged, reviewsAdded } = mergeDocs(local, incoming);
  assert.equal(reviewsAdded, 1);
  assert.deepEqual(merged.reviews.map((r) => `${r.id}@${r.at.slice(0, 13)}`), ['a@2025-03-01T00', 'b@2025-03-01T12', 'a@2025-03-02T00']);
});

test('merging a record with itself changes nothing', () => {
  const local = doc({ a: card('2025-03-01T00:00:00.000Z') }, [review('a', '2025-03-01T00:00:00.000Z')]);
  const { doc: merged, added, updated, reviewsAdded } = mergeDocs(local, structuredClone(local));
  assert.deepEqual([added, updated, reviewsAdded], [0, 0, 0]);
  assert.deepEqual({ ...merged.cards }, local.cards);
});

test('a record left under an id the handbook no longer has moves to the one question with its title', () => {
  const local = doc({ 'old-probes': card('2025-03-01T00:00:00.000Z', { title: '探针有哪几种？' }) }, [review('old-probes', '2025-03-01T00:00:00.000Z')]);
  const { doc: moved, moved: pairs } = relinkRenamed(local, [{ id: 'probe-types', title: '探针有哪几种？' }, { id: 'other', title: '别的' }]);
  assert.deepEqual(pairs, [['old-probes', 'probe-types']]);
  assert.ok(moved.cards['probe-types']);
  assert.equal(moved.cards['old-probes'], undefined);
  assert.deepEqual(moved.reviews.map((r) => r.id), ['probe-types']);
});

test('a record that matches no question, or several, or one already rated, stays where it is', () => {
  const local = doc({
    gone: card('2025-03-01T00:00:00.000Z', { title: '删掉的题' }),
    twice: card('2025-03-01T00:00:00.000Z', { title: '重名' }),
    taken: card('2025-03-01T00:00:00.000Z', { title: '已有记录' }),
    kept: card('2025-03-02T00:00:00.000Z', { title: '已有记录' }),
  });
  const questions = [{ id: 'x', title: '重名' }, { id: 'y', title: '重名' }, { id: 'kept', title: '已有记录' }];
  const { doc: after, moved } = relinkRenamed(local, questions);
  assert.deepEqual(moved, []);
  assert.deepEqual(Object.keys(after.cards).sort(), ['gone', 'kept', 'taken', 'twice']);
});
