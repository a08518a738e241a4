import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { z } from 'astro/zod';
import { frontmatterProblems, questionFields, topicFields } from '../../src/handbook/frontmatter.ts';
import { readFrontmatter } from '../../src/handbook/frontmatter-source.ts';
import { formatProblem } from '../../src/handbook/problems.ts';

const file = 'content/questions/pod/create-pod.mdx';
const good = { title: '如何创建 Pod？', summary: '用 kubectl apply 提交清单。', difficulty: '入门', order: 3, related: ['what-is-pod'] };
const sourceOf = (data: Record<string, unknown>) =>
  ['---', ...Object.entries(data).map(([k, v]) => `${k}: ${JSON.stringify(v)}`), '---', '正文'].join('\n');
const check = (data: Record<string, unknown>, schema: z.ZodObject<z.ZodRawShape> = questionFields, name = file) =>
  frontmatterProblems(name, readFrontmatter(sourceOf(data)), schema).map((p) => formatProblem(p));

test('valid question frontmatter passes', () => {
  assert.deepEqual(check(good), []);
});

test('an unknown difficulty names the file, the line and the allowed values', () => {
  assert.deepEqual(check({ ...good, difficulty: '简单' }), [`${file}:4 difficulty: must be one of 入门、进阶、深入, got "简单"`]);
});

test('an ill-typed field names its line', () => {
  const [problem] = check({ ...good, order: 'three' });
  assert.match(problem!, new RegExp(`^${file}:5 order: .*expected number`));
});

test('a missing field points at the closing --- and shows what to add', () => {
  const { summary: _summary, ...data } = good;
  assert.deepEqual(check(data), [`${file}:6 summary: missing required field\n    hint: add \`summary: 一句话回答，纯文本。\` before the closing ---`]);
});

test('a misspelt field is reported once, with "did you mean", and not again as missing', () => {
  const { difficulty, ...rest } = good;
  const problems = check({ ...rest, dificulty: difficulty });
  assert.deepEqual(problems, [`${file}:6 dificulty: unknown field (did you mean "difficulty"?)\n    hint: rename it to \`difficulty:\``]);
});

test('an unknown field that resembles nothing lists the allowed fields', () => {
  const [problem] = check({ ...good, colour: 'red' });
  assert.match(problem!, /colour: unknown field\n {4}hint: allowed fields: title, summary, difficulty, order, related/);
});

test('related must be a list of ids; a bad item points at its own line', () => {
  assert.match(check({ ...good, related: 'what-is-pod' })[0]!, new RegExp(`^${file}:6 related:`));
  const source = ['---', 'title: t', 'summary: s', 'difficulty: 入门', 'order: 1', 'related:', '  - what-is-pod', '  - 3', '---'].join('\n');
  const [problem] = frontmatterProblems(file, readFrontmatter(source), questionFields);
  assert.equal(problem?.line, 8);
  assert.match(problem!.message, /^related\.1: /);
});

test('topics need a title, a description and an order', () => {
  assert.match(check({ title: '健康检查', order: 5 }, topicFields, 'content/topics/health-checks.mdx')[0]!, /content\/topics\/health-checks\.mdx:4 description: missing required field/);
});

test('CRLF files are read like LF files, lines included', () => {
  const lf = readFrontmatter(sourceOf(good));
  const crlf = readFrontmatter(sourceOf(good).replace(/\n/g, '\r\n'));
  assert.deepEqual(crlf.data, lf.data);
  assert.deepEqual([...crlf.keyLines], [...lf.keyLines]);
  assert.equal(crlf.endLine, lf.endLine);
});

test('broken YAML in the frontmatter is one problem at its line', () => {
  const problems = frontmatterProblems(file, readFrontmatter('---\ntitle: ok\nrelated: [a\n---\n'), questionFields);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.message, /frontmatter is not valid YAML/);
});

test('aliases are optional, and each must be a non-empty string', () => {
  assert.deepEqual(check({ ...good, aliases: ['pod 起不来', 'k8s pod'] }), []);
  assert.deepEqual(questionFields.parse(good).aliases, []);
  const [empty] = check({ ...good, aliases: ['pod 起不来', ''] });
  assert.match(empty!, new RegExp(`^${file}:7 aliases\\.1: .*`));
  const [notList] = check({ ...good, aliases: 'pod 起不来' });
  assert.match(notList!, new RegExp(`^${file}:7 aliases: .*expected array`));
});
