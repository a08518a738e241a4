import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentions, otherNames, SYNONYM_GROUPS } from '../../src/search/synonyms.ts';

test('Latin names match whole words only; Chinese names match anywhere', () => {
  assert.equal(mentions('SC、PV、PVC 三层抽象', 'PV'), true);
  assert.equal(mentions('什么是 PVC？', 'PV'), false);
  assert.equal(mentions('shareProcessNamespace', 'namespace'), false);
  assert.equal(mentions('kube-scheduler 打分', 'scheduler'), true);
  assert.equal(mentions('什么是污点（Taint）', '污点'), true);
});

test('a text gets the names it does not use for the concepts it mentions', () => {
  const groups = [['污点', 'taint'], ['容忍度', 'toleration'], ['探针', 'probe']];
  assert.deepEqual(otherNames('什么是污点（Taint）和容忍度？', groups), ['toleration']);
  assert.deepEqual(otherNames('与此无关', groups), []);
});

test('every synonym group names one concept at least twice, and no name sits in two groups', () => {
  const seen = new Map<string, number>();
  SYNONYM_GROUPS.forEach((group, i) => {
    assert.ok(group.length >= 2, `group ${i} (${group.join(', ')}) has one name`);
    for (const name of group) {
      const key = name.toLowerCase();
      assert.ok(!seen.has(key), `“${name}” is in groups ${seen.get(key)} and ${i}`);
      seen.set(key, i);
    }
  });
});
