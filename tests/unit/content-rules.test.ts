import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isKebabId, questionIdFor, topicSlugFor, findDuplicateOrder, relatedProblems, sharedAliasProblems, splitQuestionPath,
} from '../../src/handbook/rules.ts';
import type { ContentError } from '../../src/handbook/problems.ts';

const topics = new Set(['pod', 'health-checks']);
const exists = (slug: string) => topics.has(slug);

test('accepts ASCII kebab-case ids and rejects everything else', () => {
  assert.equal(isKebabId('probe-types'), true);
  assert.equal(isKebabId('k8s-1-36'), true);
  for (const bad of ['Probe-Types', 'probe_types', '-probe', 'probe--types', '探针', 'probe types', '']) {
    assert.equal(isKebabId(bad), false, bad);
  }
});

test('a question id is its file name', () => {
  assert.equal(questionIdFor('health-checks/probe-types.mdx', exists, new Map()), 'probe-types');
  assert.deepEqual(splitQuestionPath('pod/create-pod.mdx'), { topic: 'pod', id: 'create-pod' });
});

test('a duplicate id in two folders names both files', () => {
  const seen = new Map<string, string>();
  questionIdFor('pod/probe-types.mdx', exists, seen);
  assert.throws(
    () => questionIdFor('health-checks/probe-types.mdx', exists, seen),
    /content\/questions\/health-checks\/probe-types\.mdx:1 duplicate question id "probe-types": content\/questions\/pod\/probe-types\.mdx and content\/questions\/health-checks\/probe-types\.mdx/,
  );
});

test('the same file seen twice (a dev-server reload) is not a duplicate', () => {
  const seen = new Map<string, string>();
  questionIdFor('pod/create-pod.mdx', exists, seen);
  assert.equal(questionIdFor('pod/create-pod.mdx', exists, seen), 'create-pod');
});

test('a folder with no topic fails with the file and the fix', () => {
  assert.throws(() => questionIdFor('storage/pv.mdx', exists, new Map()), (err: ContentError) => {
    assert.match(err.message, /content\/questions\/storage\/pv\.mdx:1 folder "storage" has no topic/);
    assert.equal(err.hint, 'create content/topics/storage.mdx or move the question');
    assert.equal(err.loc.line, 1);
    return true;
  });
  assert.throws(() => questionIdFor('pods/pv.mdx', exists, new Map(), topics), /folder "pods" has no topic \(did you mean "pod"\?\)/);
});

test('a non-kebab question id or topic slug fails with the file', () => {
  assert.throws(() => questionIdFor('pod/Create_Pod.mdx', exists, new Map()), /content\/questions\/pod\/Create_Pod\.mdx:1 question id "Create_Pod" must be ASCII kebab-case/);
  assert.throws(() => topicSlugFor('健康检查.mdx'), /content\/topics\/健康检查\.mdx:1 topic slug/);
  assert.throws(() => questionIdFor('pod/extra/deep.mdx', exists, new Map()), /one folder deep/);
});

test('finds the first clash of order values', () => {
  assert.equal(findDuplicateOrder([{ order: 1, file: 'a' }, { order: 2, file: 'b' }]), undefined);
  const clash = findDuplicateOrder([{ order: 1, file: 'a' }, { order: 2, file: 'b' }, { order: 1, file: 'c' }]);
  assert.deepEqual(clash?.map((c) => c.file), ['a', 'c']);
});

test('unknown related ids are reported at their line, with the closest id', () => {
  const ids = new Set(['probe-types', 'startup-probe']);
  const problems = relatedProblems([
    { id: 'probe-types', file: 'content/questions/health-checks/probe-types.mdx', related: ['startup-probe', 'startup-prob', 'no-such-question'], lines: [4, 5, 6] },
  ], ids);
  assert.deepEqual(problems.map((p) => [p.line, p.message]), [
    [5, 'related id "startup-prob" names no question (did you mean "startup-probe"?)'],
    [6, 'related id "no-such-question" names no question'],
  ]);
});

test('a question that relates to itself is reported', () => {
  const problems = relatedProblems([{ id: 'probe-types', file: 'f.mdx', related: ['probe-types'], lines: [2] }], new Set(['probe-types']));
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line} ${p.message}`), ['f.mdx:2 related lists the question itself ("probe-types")']);
});

test('an alias another question already has is reported at its line, naming the first holder', () => {
  const problems = sharedAliasProblems([
    { file: 'content/questions/a/etcd-backup.mdx', aliases: ['etcd 备份', 'etcd snapshot'], lines: [8, 9] },
    { file: 'content/questions/b/what-is-etcd.mdx', aliases: ['etcd 是什么', 'ETCD  Snapshot'], lines: [10, 11] },
  ]);
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line} ${p.message}`), [
    'content/questions/b/what-is-etcd.mdx:11 alias "ETCD  Snapshot" is already an alias of content/questions/a/etcd-backup.mdx:9',
  ]);
});

test('an alias repeated within one question is reported as a repeat, and distinct aliases pass', () => {
  const problems = sharedAliasProblems([{ file: 'f.mdx', aliases: ['pvc', 'pv', 'ＰＶＣ'], lines: [3, 4, 5] }]);
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line} ${p.message}`), ['f.mdx:5 alias "ＰＶＣ" repeats the alias on line 3']);
  assert.deepEqual(sharedAliasProblems([{ file: 'f.mdx', aliases: ['pvc', 'pv'], lines: [3, 4] }, { file: 'g.mdx', aliases: ['hpa'], lines: [3] }]), []);
});
