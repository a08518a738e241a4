import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gradeOne, gradeAll, validateCases, formatGrade } from '../search/grade.ts';
import type { SearchCase } from '../search/queries.ts';

const c: SearchCase = { kind: 'zh', query: '就绪探针', first: 'probe-types', alsoTop3: ['startup-probe'] };

test('first place must be the expected question', () => {
  assert.deepEqual([gradeOne(c, ['probe-types', 'x']).top1, gradeOne(c, ['startup-probe', 'probe-types']).top1], [true, false]);
});

test('top 3 needs the expected question within three and only acceptable ones above it', () => {
  assert.equal(gradeOne(c, ['startup-probe', 'probe-types']).top3, true);
  assert.equal(gradeOne(c, ['other', 'probe-types']).top3, false);
  assert.equal(gradeOne(c, ['startup-probe', 'startup-probe', 'x', 'probe-types']).top3, false);
  assert.equal(gradeOne(c, []).top3, false);
});

test('rates and misses are counted over all queries', () => {
  const g = gradeAll([gradeOne(c, ['probe-types']), gradeOne({ ...c, query: 'b' }, ['x'])]);
  assert.equal(g.top1Rate, 0.5);
  assert.equal(g.top3Rate, 0.5);
  assert.equal(g.shownRate, 0.5);
  assert.deepEqual(g.misses.map((m) => m.case.query), ['b']);
  assert.match(formatGrade(g), /top-1 50\.0%, top-3 50\.0%[\s\S]*“b” wants probe-types; got x/);
});

test('a question ranked below the top three still counts as shown, one missing from the results does not', () => {
  const g = gradeAll([gradeOne(c, ['a', 'b', 'c', 'd', 'probe-types']), gradeOne(c, ['a', 'b']), gradeOne(c, [])]);
  assert.equal(g.top3Rate, 0);
  assert.equal(g.shownRate, 1 / 3);
  assert.match(formatGrade(g), /shown 33\.3%/);
});

test('first place counts as acceptable when it holds the expected question or one labeled as answering as well, and top-1 still needs the expected one', () => {
  const g = gradeAll([gradeOne(c, ['startup-probe', 'probe-types']), gradeOne(c, ['probe-types']), gradeOne(c, ['other', 'probe-types']), gradeOne(c, [])]);
  assert.deepEqual(g.outcomes.map((o) => o.acceptableFirst), [true, true, false, false]);
  assert.equal(g.top1Rate, 0.25);
  assert.equal(g.acceptableFirstRate, 0.5);
  assert.match(formatGrade(g), /acceptable first 50\.0%/);
});

test('a grade for queries that must stay unseen gives the rates and the number of misses, never the queries', () => {
  const g = gradeAll([gradeOne(c, ['probe-types']), gradeOne({ ...c, query: 'b' }, ['x'])]);
  const text = formatGrade(g, { listMisses: false });
  assert.match(text, /top-1 50\.0%, top-3 50\.0%[\s\S]*misses: 1, not listed/);
  assert.doesNotMatch(text, /“b”/);
});

test('a suite with unknown ids, duplicates or too few queries is rejected with every problem named', () => {
  const rules = { minQueries: 3, minNewest: 1, newestTopics: ['storage'] };
  const topicOf = (id: string) => (id === 'probe-types' ? 'health-checks' : undefined);
  assert.throws(() => validateCases([c, c], new Set(['probe-types']), topicOf, rules), (e: Error) =>
    /case 1 .*unknown question id "startup-probe"/.test(e.message) && /case 2 .*duplicate query/.test(e.message)
    && /2 queries, at least 3/.test(e.message) && /0 queries target the newest topics/.test(e.message));
});
