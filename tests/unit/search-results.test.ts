import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankHits, coverageByTerm, unitWeights, headlineFocus, TITLE_BOOST, AKA_FACTOR, FOCUS_CAP, type ScoredResult } from '../../src/search/client/results.ts';

const result = (id: string, score: number, title: string, extra: { aka?: string; summary?: string; body?: string } = {}): ScoredResult => ({
  id,
  score,
  data: {
    url: `/t/#${id}`,
    content: `${title} ${extra.summary ?? ''} ${extra.body ?? ''}`,
    meta: { title, topic: 'T', summary: extra.summary, aka: extra.aka },
    filters: { difficulty: ['入门'] },
  },
});

test('a title holding the whole query lifts a result above one with a higher raw score', () => {
  const hits = rankHits([result('scattered', 30, '启动探针解决什么问题'), result('phrase', 24, '存活探针和就绪探针有什么区别')], '就绪探针', []);
  assert.deepEqual(hits.map((h) => h.url), ['/t/#phrase', '/t/#scattered']);
  assert.equal(hits[0]!.difficulty, '入门');
  assert.equal(hits[0]!.topic, 'T');
});

test('the other-language names of a title count, at a discount', () => {
  const [pv, pvc] = rankHits([result('pv', 10, '什么是持久卷'), result('pvc', 10.5, '什么是 PVC', { aka: '持久卷' })], '持久卷', []);
  assert.equal(pv!.url, '/t/#pv');
  assert.ok(pvc!.score > 10.5 * (1 + TITLE_BOOST * AKA_FACTOR) - 1e-9, 'the aka title still earns its discounted lift');
});

test('among titles that all name the query, the headline that keeps returning to it wins', () => {
  const hits = rankHits([
    result('aspect', 30, '探针参数有哪些', { summary: '参数默认值如下' }),
    result('overview', 24, '有哪几种探针？存活探针和就绪探针', { summary: '三种探针：存活探针、就绪探针、启动探针' }),
  ], '探针', []);
  assert.equal(hits[0]!.url, '/t/#overview');
});

test('without any title match the raw order stands', () => {
  const hits = rankHits([result('a', 1, 'x'), result('b', 2, 'y')], 'zzz', []);
  assert.deepEqual(hits.map((h) => h.url), ['/t/#b', '/t/#a']);
});

test('rare query units weigh more than ones every result holds', () => {
  const [kubectl, expose] = unitWeights(['kubectl get', 'kubectl expose', 'kubectl run'], ['kubectl', 'expose']);
  assert.ok(expose! > kubectl!);
  assert.ok(unitWeights(['abc'], ['一句完整的问题'])[0]! > 0, 'a unit no text holds verbatim still counts');
});

test('headline focus counts title mentions twice and caps the count', () => {
  assert.equal(headlineFocus('探针', '', ['探针'], [1]), 2 / FOCUS_CAP);
  assert.equal(headlineFocus('探针'.repeat(FOCUS_CAP), '探针', ['探针'], [1]), 1);
  assert.equal(headlineFocus('', '', ['探针'], [1]), 0);
});

test('any-term matches rank by how much of the query they hold, rare words weighing more', () => {
  // “rare” is held by one question of ten, “common” by five.
  const rare = [{ id: 'a', score: 1 }];
  const common = ['b', 'c', 'd', 'e', 'a'].map((id) => ({ id, score: 5 }));
  const ranked = coverageByTerm([rare, common], 10);
  assert.equal(ranked[0]!.id, 'a');
  assert.equal(ranked[0]!.coverage, 1);
  assert.ok(ranked[1]!.coverage < 0.5, 'a common word alone covers less than half of the query');
  assert.deepEqual(coverageByTerm([[], rare], 10), [{ id: 'a', score: 1, coverage: 1 }], 'a word nothing holds weighs nothing');
});
