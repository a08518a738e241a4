// `npm run check:content`'s checks on the fixture site: each kind of mistake is reported with the
// .mdx file, the line and a suggestion, and nothing else is reported with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkFiles, contentFiles } from '../../src/handbook/check-files.ts';
import { formatProblem } from '../../src/handbook/problems.ts';
import { edit } from '../helpers/site-copy.ts';

const FIRST = 'content/questions/basics/first-question.mdx';
const SECOND = 'content/questions/basics/second-question.mdx';

function withFixture(fn: (root: string) => void) {
  const root = mkdtempSync(path.join(tmpdir(), 'check-content-'));
  try {
    cpSync(path.resolve(import.meta.dirname, '../fixtures/site/content'), path.join(root, 'content'), { recursive: true });
    fn(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const run = (root: string) => checkFiles(root, contentFiles(root)).map(formatProblem);

test('the fixture content is clean', () => withFixture((root) => assert.deepEqual(run(root), [])));

test('a broken link is caught at the source, with the line and the closest target', () => withFixture((root) => {
  const line = edit(root, SECOND, '](/basics/#first-question)', '](/q/first-questoin/)');
  assert.deepEqual(run(root), [`${SECOND}:${line} link "/q/first-questoin/" names no question (did you mean "/q/first-question/"?)\n    hint: write /q/first-question/`]);
}));

test('a frontmatter typo gets "did you mean" and no follow-on errors elsewhere', () => withFixture((root) => {
  const line = edit(root, FIRST, 'difficulty: 入门', 'dificulty: 入门');
  // second-question relates to first-question: it must not be reported as naming no question.
  assert.deepEqual(run(root), [`${FIRST}:${line} dificulty: unknown field (did you mean "difficulty"?)\n    hint: rename it to \`difficulty:\``]);
}));

test('an invalid manifest names the line and the field it meant', () => withFixture((root) => {
  const line = edit(root, FIRST, '          image: nginx:1.27', '          images: nginx:1.27');
  assert.deepEqual(run(root), [`${FIRST}:${line} spec.template.spec.containers[0].images: unknown field (did you mean "image"?)`]);
}));

test('an unknown related id suggests the closest id', () => withFixture((root) => {
  const line = edit(root, FIRST, '  - second-question', '  - second-questoin');
  assert.deepEqual(run(root), [`${FIRST}:${line} related id "second-questoin" names no question (did you mean "second-question"?)\n    hint: write \`- second-question\``]);
}));

test('an alias two questions share is reported at the second one, naming the first', () => withFixture((root) => {
  edit(root, FIRST, 'related:\n  - second-question', 'related:\n  - second-question\naliases:\n  - 创建 deploy');
  const line = edit(root, SECOND, 'related:\n  - first-question', 'related:\n  - first-question\naliases:\n  - 查看 pod\n  - 创建  Deploy') + 4;
  assert.deepEqual(run(root), [`${SECOND}:${line} alias "创建  Deploy" is already an alias of ${FIRST}:9\n    hint: keep it only on the question that answers it best`]);
}));

test('a duplicate id and a duplicate order are each reported once', () => withFixture((root) => {
  cpSync(path.join(root, FIRST), path.join(root, 'content/questions/extras/first-question.mdx'));
  const problems = run(root);
  assert.equal(problems.filter((p) => /duplicate question id "first-question"/.test(p)).length, 1);
  edit(root, SECOND, 'order: 2', 'order: 1');
  assert.ok(run(root).some((p) => p.startsWith(`${SECOND}:1 order 1 is already used in topic "basics"`)));
}));

test('broken MDX is reported at its line', () => withFixture((root) => {
  edit(root, FIRST, '清单见下', '清单见下 {unclosed');
  const [problem] = run(root);
  assert.match(problem!, new RegExp(`^${FIRST}:\\d+ MDX syntax`));
}));

test('a diagram that cannot be read is reported at its line in the .mdx file', () => withFixture((root) => {
  const line = edit(root, SECOND, '  api -->|读取| etcd[(etcd)]', '  api -> etcd[(etcd)]');
  assert.deepEqual(run(root), [`${SECOND}:${line} diagram: cannot read "-> etcd[(etcd)]" in "api -> etcd[(etcd)]"\n    hint: arrows are -->, ---, -.->, ==> with an optional |label|, with spaces around them after a bare id`]);
}));
