import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import { copySite, buildSite } from '../helpers/site-copy.ts';

/** Replaces the first occurrence of `from` in a file of the copy, failing loudly if it is not there. */
function edit(dir: string, file: string, from: string, to: string) {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  assert.ok(text.includes(from), `${file} no longer contains ${JSON.stringify(from)}`);
  writeFileSync(full, text.replace(from, to));
  return text.slice(0, text.indexOf(from)).split('\n').length;
}

test('a broken manifest stops astro build, naming the file, the line and the field', { timeout: 180_000 }, () => {
  const site = copySite();
  try {
    const file = 'content/questions/health-checks/probe-types.mdx';
    const line = edit(site.dir, file, '          image: nginx:1.27', '          images: nginx:1.27');
    const { status, output } = buildSite(site.dir);
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(output, new RegExp(`${file}:${line} spec\\.template\\.spec\\.containers\\[0\\]\\.images: unknown field \\(did you mean "image"\\?\\)`));
  } finally {
    site.remove();
  }
});

test('a duplicate question id in two topics stops the build, naming both files', { timeout: 180_000 }, () => {
  const site = copySite();
  try {
    cpSync(path.join(site.dir, 'content/questions/pod/static-pod.mdx'), path.join(site.dir, 'content/questions/health-checks/static-pod.mdx'));
    const { status, output } = buildSite(site.dir);
    assert.notEqual(status, 0);
    assert.match(output, /duplicate question id "static-pod": content\/questions\/(pod|health-checks)\/static-pod\.mdx and content\/questions\/(pod|health-checks)\/static-pod\.mdx/);
  } finally {
    site.remove();
  }
});

test('an unknown related id stops the build with the file and line', { timeout: 180_000 }, () => {
  const site = copySite();
  try {
    const file = 'content/questions/health-checks/startup-probe.mdx';
    const text = readFileSync(path.join(site.dir, file), 'utf8');
    const first = /related:\n {2}- ([a-z0-9-]+)/.exec(text)![1]!;
    const line = edit(site.dir, file, `  - ${first}`, '  - no-such-question');
    const { status, output } = buildSite(site.dir);
    assert.notEqual(status, 0);
    assert.match(output, new RegExp(`${file}:${line}: related id "no-such-question" names no question`));
  } finally {
    site.remove();
  }
});
