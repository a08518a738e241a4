import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFrontmatter, questionFields, topicFields } from '../../src/handbook/frontmatter.ts';

const file = 'content/questions/pod/create-pod.mdx';
const good = { title: '如何创建 Pod？', summary: '用 kubectl apply 提交清单。', difficulty: '入门', order: 3, related: ['what-is-pod'] };
const sourceOf = (data: Record<string, unknown>) =>
  ['---', ...Object.entries(data).map(([k, v]) => `${k}: ${JSON.stringify(v)}`), '---', '正文'].join('\n');

test('valid question frontmatter passes', () => {
  assert.doesNotThrow(() => checkFrontmatter(file, sourceOf(good), good, questionFields));
});

test('an unknown difficulty names the file, the line and the allowed values', () => {
  const data = { ...good, difficulty: '简单' };
  assert.throws(() => checkFrontmatter(file, sourceOf(data), data, questionFields), {
    message: `invalid frontmatter:\n${file}:4 difficulty: must be one of 入门、进阶、深入, got "简单"`,
  });
});

test('an ill-typed field names its line', () => {
  const data = { ...good, order: 'three' };
  assert.throws(() => checkFrontmatter(file, sourceOf(data), data, questionFields), new RegExp(`${file}:5 order: .*expected number`));
});

test('a missing field is reported as missing', () => {
  const { summary: _summary, ...data } = good;
  assert.throws(() => checkFrontmatter(file, sourceOf(data), data, questionFields), new RegExp(`${file}:1 summary: missing required field`));
});

test('a misspelt field is reported as unknown, with the allowed fields', () => {
  const { title, ...rest } = good;
  const data = { titel: title, ...rest };
  assert.throws(() => checkFrontmatter(file, sourceOf(data), data, questionFields), (err: Error) => {
    assert.match(err.message, new RegExp(`${file}:2 titel: unknown field; allowed: title, summary, difficulty, order, related`));
    assert.match(err.message, new RegExp(`${file}:1 title: missing required field`));
    return true;
  });
});

test('related must be a list of ids', () => {
  const data = { ...good, related: 'what-is-pod' };
  assert.throws(() => checkFrontmatter(file, sourceOf(data), data, questionFields), new RegExp(`${file}:6 related:`));
});

test('topics need a title, a description and an order', () => {
  const data = { title: '健康检查', order: 5 };
  assert.throws(() => checkFrontmatter('content/topics/health-checks.mdx', sourceOf(data), data, topicFields), /content\/topics\/health-checks\.mdx:1 description: missing required field/);
});
