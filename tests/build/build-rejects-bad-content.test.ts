// Real `astro build` runs on the tiny fixture site: bad content must stop the build with the file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixtureSite, buildSite, edit } from '../helpers/site-copy.ts';

const FIRST = 'content/questions/basics/first-question.mdx';
const SECOND = 'content/questions/basics/second-question.mdx';

test('the fixture site builds cleanly, so the failures below are caused by the edits', { timeout: 180_000 }, () => {
  const site = fixtureSite();
  try {
    const { status, output } = buildSite(site.dir);
    assert.equal(status, 0, output);
  } finally {
    site.remove();
  }
});

test('a broken manifest stops astro build, naming the file, the line and the field', { timeout: 180_000 }, () => {
  const site = fixtureSite();
  try {
    const line = edit(site.dir, FIRST, '          image: nginx:1.27', '          images: nginx:1.27');
    const { status, output } = buildSite(site.dir);
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(output, new RegExp(`${FIRST}:${line} spec\\.template\\.spec\\.containers\\[0\\]\\.images: unknown field \\(did you mean "image"\\?\\)`));
  } finally {
    site.remove();
  }
});

test('a duplicate question id in two topics stops the build, naming both files', { timeout: 180_000 }, () => {
  const site = fixtureSite();
  try {
    cpSync(path.join(site.dir, FIRST), path.join(site.dir, 'content/questions/extras/first-question.mdx'));
    const { status, output } = buildSite(site.dir);
    assert.notEqual(status, 0);
    assert.match(output, /duplicate question id "first-question": content\/questions\/(basics|extras)\/first-question\.mdx and content\/questions\/(basics|extras)\/first-question\.mdx/);
  } finally {
    site.remove();
  }
});

test('an unknown related id stops the build with the file and line', { timeout: 180_000 }, () => {
  const site = fixtureSite();
  try {
    const line = edit(site.dir, FIRST, '  - second-question', '  - no-such-question');
    const { status, output } = buildSite(site.dir);
    assert.notEqual(status, 0);
    assert.match(output, new RegExp(`${FIRST}:${line} related id "no-such-question" names no question`));
  } finally {
    site.remove();
  }
});

test('an alias two questions share stops the build, naming both files and lines', { timeout: 180_000 }, () => {
  const site = fixtureSite();
  try {
    edit(site.dir, FIRST, 'related:\n  - second-question', 'related:\n  - second-question\naliases:\n  - deployment 怎么建');
    edit(site.dir, SECOND, 'related:\n  - first-question', 'related:\n  - first-question\naliases:\n  - Deployment 怎么建');
    const { status, output } = buildSite(site.dir);
    assert.notEqual(status, 0);
    assert.match(output, /content\/questions\/basics\/second-question\.mdx:9 alias "Deployment 怎么建" is already an alias of content\/questions\/basics\/first-question\.mdx:9/);
  } finally {
    site.remove();
  }
});

test('a broken internal link stops the build at its .mdx line, with the closest target', { timeout: 180_000 }, () => {
  const site = fixtureSite();
  try {
    const file = 'content/questions/basics/second-question.mdx';
    const line = edit(site.dir, file, '](/basics/#first-question)', '](/q/first-questoin/)');
    const { status, output } = buildSite(site.dir);
    assert.notEqual(status, 0);
    assert.match(output, new RegExp(`${file}:${line} link "/q/first-questoin/" names no question \\(did you mean "/q/first-question/"\\?\\)`));
    assert.match(output, new RegExp(`Location:\\s+\\S*${file}:${line}:1`));
  } finally {
    site.remove();
  }
});

test('a frontmatter typo stops the build at its line with "did you mean", located in the .mdx file', { timeout: 180_000 }, () => {
  const site = fixtureSite();
  try {
    const file = 'content/questions/basics/first-question.mdx';
    const line = edit(site.dir, file, 'difficulty: 入门', 'dificulty: 入门');
    const { status, output } = buildSite(site.dir);
    assert.notEqual(status, 0);
    assert.match(output, new RegExp(`${file}:${line} dificulty: unknown field \\(did you mean "difficulty"\\?\\)`));
    assert.match(output, new RegExp(`Location:\\s+\\S*${file}:${line}:1`));
    assert.doesNotMatch(output, /missing required field/);
  } finally {
    site.remove();
  }
});

test('a link that only the built site shows (a page template) still stops the build, naming it', { timeout: 180_000 }, () => {
  const site = fixtureSite();
  try {
    writeFileSync(path.join(site.dir, 'src/pages/stray.astro'), '<html lang="zh-CN"><body><a href="/nowhere/">x</a></body></html>\n');
    const { status, output } = buildSite(site.dir);
    assert.notEqual(status, 0, 'the build should fail on a broken link in dist/');
    assert.match(output, /stray\/index\.html: a\[href\] "\/nowhere\/" leads to no page/);
  } finally {
    site.remove();
  }
});

test('a diagram that cannot be read stops the build at its .mdx line, naming the statement', { timeout: 180_000 }, () => {
  const site = fixtureSite();
  try {
    const file = 'content/questions/basics/second-question.mdx';
    const line = edit(site.dir, file, '  api -->|读取| etcd[(etcd)]', '  api -> etcd[(etcd)]');
    const { status, output } = buildSite(site.dir);
    assert.notEqual(status, 0);
    assert.match(output, new RegExp(`${file}:${line} diagram: cannot read "-> etcd\\[\\(etcd\\)\\]" in "api -> etcd\\[\\(etcd\\)\\]"`));
    assert.match(output, new RegExp(`Location:\\s+\\S*${file}:${line}:1`));
  } finally {
    site.remove();
  }
});
