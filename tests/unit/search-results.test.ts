import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toQuestionHits, subScore } from '../../src/scripts/search-results.ts';

const loc = (balanced_score: number) => ({ weight: 1, balanced_score, location: 0 });

test('flattens pages into question hits ordered by their own match score', () => {
  const hits = toQuestionHits([
    { url: '/a/', meta: { title: 'A' }, sub_results: [
      { title: 'intro', url: '/a/', excerpt: '', weighted_locations: [loc(50)] },
      { title: 'q1', url: '/a/#q1', excerpt: '', weighted_locations: [loc(1)] },
      { title: 'q2', url: '/a/#q2', excerpt: '', weighted_locations: [loc(5), loc(4)] },
    ] },
    { url: '/b/', meta: { title: 'B' }, sub_results: [{ title: 'q3', url: '/b/#q3', excerpt: '', weighted_locations: [loc(3)] }] },
  ]);
  assert.deepEqual(hits.map((h) => h.url), ['/a/#q2', '/b/#q3', '/a/#q1']);
  assert.equal(hits[0]!.topic, 'A');
});

test('keeps a page-level hit only when the page has no question anchors', () => {
  const hits = toQuestionHits([{ url: '/c/', meta: { title: 'C' }, sub_results: [{ title: 'C', url: '/c/', excerpt: 'x' }] }]);
  assert.deepEqual(hits.map((h) => h.url), ['/c/']);
});

test('scores a sub-result by the sum of its balanced scores', () => {
  assert.equal(subScore({ title: '', url: '', excerpt: '', weighted_locations: [loc(2), loc(3.5)] }), 5.5);
  assert.equal(subScore({ title: '', url: '', excerpt: '' }), 0);
});
