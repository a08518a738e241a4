import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FORMAT, readDoc, writeDoc, emptyDoc, type PracticeDoc, type CardRecord, type Migration } from '../../src/practice/schema.ts';
import { VERSION } from '../../src/practice/format.ts';

const card = (over: Partial<CardRecord> = {}): CardRecord => ({
  title: '探针有哪几种？', due: '2025-03-05T01:10:00.000Z', stability: 2.3, difficulty: 2.1, scheduledDays: 2,
  learningSteps: 0, reps: 2, lapses: 0, state: 2, lastReview: '2025-03-03T01:10:00.000Z', ...over,
});
const doc = (over: Partial<PracticeDoc> = {}): PracticeDoc => ({
  ...emptyDoc(),
  cards: { 'probe-types': card() },
  reviews: [{ id: 'probe-types', at: '2025-03-03T01:10:00.000Z', grade: 3, stability: 2.3, state: 2 }],
  ...over,
});
const failure = (text: string) => {
  const result = readDoc(text);
  assert.equal(result.ok, false, `expected ${text.slice(0, 60)} to be refused`);
  return result as Extract<typeof result, { ok: false }>;
};

test('a record survives writing and reading unchanged', () => {
  const original = doc();
  const result = readDoc(writeDoc(original, { exportedAt: '2025-03-04T00:00:00.000Z' }));
  assert.ok(result.ok);
  assert.deepEqual(JSON.parse(JSON.stringify(result.doc)), original);
});

test('text that is not JSON is refused, saying so', () => {
  const f = failure('{"format": "kube-handbook-practice",');
  assert.equal(f.kind, 'json');
  assert.match(f.message, /不是有效的 JSON/);
});

test('JSON that is not a practice record of this handbook is refused as foreign', () => {
  for (const text of ['[]', '"hi"', '{"cards":{}}', JSON.stringify({ ...doc(), format: 'anki' })]) {
    const f = failure(text);
    assert.equal(f.kind, 'foreign');
    assert.match(f.message, /不是本手册导出的练习记录/);
  }
});

test('a record from a newer version is refused, naming both versions', () => {
  const f = failure(JSON.stringify({ ...doc(), version: VERSION + 1 }));
  assert.equal(f.kind, 'newer');
  assert.match(f.message, new RegExp(`第 ${VERSION + 1} 版.*第 ${VERSION} 版`));
});

test('a malformed field is refused, naming the field and what it holds', () => {
  const cases: [unknown, RegExp][] = [
    [{ ...doc(), version: 'one' }, /version 应为正整数，实际是 "one"/],
    [{ ...doc(), cards: [] }, /cards 应为以题目 id 为键的对象/],
    [{ ...doc(), reviews: {} }, /reviews 应为数组/],
    [{ ...doc(), cards: { 'probe-types': card({ due: 'soon' }) } }, /cards\["probe-types"\]\.due 应为日期时间.*实际是 "soon"/],
    [{ ...doc(), cards: { 'probe-types': card({ reps: -1 }) } }, /cards\["probe-types"\]\.reps 应为不小于 0 的整数，实际是 -1/],
    [{ ...doc(), cards: { 'probe-types': card({ state: 7 as never }) } }, /cards\["probe-types"\]\.state 应为 0、1、2 或 3/],
    [{ ...doc(), cards: { 'Probe Types': card() } }, /cards\["Probe Types"\] 的键 不是题目 id/],
    [{ ...doc(), cards: { 'probe-types': { ...card(), title: undefined } } }, /cards\["probe-types"\]\.title 应为题目标题文字/],
    [{ ...doc(), reviews: [{ id: 'probe-types', at: '2025-03-03T01:10:00Z', grade: 5, stability: 1, state: 2 }] }, /reviews\[0\]\.grade 应为 1 到 4 的评分，实际是 5/],
  ];
  for (const [value, message] of cases) {
    const f = failure(JSON.stringify(value));
    assert.equal(f.kind, 'invalid');
    assert.match(f.message, message);
  }
});

test('an id such as __proto__ is only ever a refused key, never the prototype', () => {
  const f = failure(`{"format":"${FORMAT}","version":1,"cards":{"__proto__":${JSON.stringify(card())}},"reviews":[]}`);
  assert.match(f.message, /"__proto__"/);
  assert.equal(({} as Record<string, unknown>).title, undefined);
});

test('an older record is upgraded through every migration step in order, then checked', () => {
  const calls: string[] = [];
  const migrations: Record<number, Migration> = {
    1: (d) => { calls.push(`1→2 from v${d.version}`); return { ...d, cards: d.cards }; },
    2: (d) => { calls.push(`2→3 from v${d.version}`); return { ...d, reviews: (d.reviews as { grade: number }[]).map((r) => ({ ...r, grade: 4 })) }; },
  };
  const result = readDoc(writeDoc(doc()), { version: 3, migrations });
  assert.deepEqual(calls, ['1→2 from v1', '2→3 from v2']);
  assert.ok(result.ok);
  assert.equal(result.doc.reviews[0]!.grade, 4);
});

test('an older record with no way to upgrade is refused rather than read as if current', () => {
  const result = readDoc(writeDoc(doc()), { version: 2, migrations: {} });
  assert.equal(result.ok, false);
  assert.match((result as { message: string }).message, /无法把第 1 版的记录升级到第 2 版/);
});

test('reviews come back in time order whatever order the file lists them in', () => {
  const reviews = [
    { id: 'a', at: '2025-03-05T00:00:00.000Z', grade: 3 as const, stability: 3, state: 2 as const },
    { id: 'b', at: '2025-03-01T00:00:00.000Z', grade: 1 as const, stability: 1, state: 1 as const },
  ];
  const result = readDoc(writeDoc(doc({ reviews })));
  assert.ok(result.ok);
  assert.deepEqual(result.doc.reviews.map((r) => r.id), ['b', 'a']);
});
