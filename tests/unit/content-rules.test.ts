import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isKebabId, questionIdFor, topicSlugFor, findDuplicateOrder, frontmatterLine, unknownRelated, splitQuestionPath,
} from '../../src/handbook/rules.ts';

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
    { message: 'duplicate question id "probe-types": content/questions/pod/probe-types.mdx and content/questions/health-checks/probe-types.mdx; ids are unique across all topics' },
  );
});

test('the same file seen twice (a dev-server reload) is not a duplicate', () => {
  const seen = new Map<string, string>();
  questionIdFor('pod/create-pod.mdx', exists, seen);
  assert.equal(questionIdFor('pod/create-pod.mdx', exists, seen), 'create-pod');
});

test('a folder with no topic fails with the file and the fix', () => {
  assert.throws(
    () => questionIdFor('storage/pv.mdx', exists, new Map()),
    /content\/questions\/storage\/pv\.mdx: folder "storage" has no topic; create content\/topics\/storage\.mdx/,
  );
});

test('a non-kebab question id or topic slug fails with the file', () => {
  assert.throws(() => questionIdFor('pod/Create_Pod.mdx', exists, new Map()), /content\/questions\/pod\/Create_Pod\.mdx: question id "Create_Pod" must be ASCII kebab-case/);
  assert.throws(() => topicSlugFor('健康检查.mdx'), /content\/topics\/健康检查\.mdx: topic slug/);
  assert.throws(() => questionIdFor('pod/extra/deep.mdx', exists, new Map()), /one folder deep/);
});

test('finds the first clash of order values', () => {
  assert.equal(findDuplicateOrder([{ order: 1, file: 'a' }, { order: 2, file: 'b' }]), undefined);
  const clash = findDuplicateOrder([{ order: 1, file: 'a' }, { order: 2, file: 'b' }, { order: 1, file: 'c' }]);
  assert.deepEqual(clash?.map((c) => c.file), ['a', 'c']);
});

test('unknown related ids are reported with file and frontmatter line', () => {
  const source = ['---', 'title: 探针', 'related:', '  - startup-probe', '  - no-such-question', '---', 'body no-such-question'].join('\n');
  const problems = unknownRelated([
    { id: 'probe-types', file: 'content/questions/health-checks/probe-types.mdx', source, related: ['startup-probe', 'no-such-question'] },
    { id: 'startup-probe', file: 'content/questions/health-checks/startup-probe.mdx', source: '---\n---', related: [] },
  ]);
  assert.deepEqual(problems, ['content/questions/health-checks/probe-types.mdx:5: related id "no-such-question" names no question']);
});

test('a question that relates to itself is reported', () => {
  const source = '---\nrelated: [probe-types]\n---';
  assert.deepEqual(
    unknownRelated([{ id: 'probe-types', file: 'f.mdx', source, related: ['probe-types'] }]),
    ['f.mdx:2: related lists the question itself ("probe-types")'],
  );
});

test('frontmatterLine matches whole ids only', () => {
  const source = '---\nrelated:\n  - probe-types-extra\n  - probe-types\n---';
  assert.equal(frontmatterLine(source, 'probe-types'), 4);
});
