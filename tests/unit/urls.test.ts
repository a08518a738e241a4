import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl, sourceFileUrl, withBase, withoutBase } from '../../src/handbook/urls.ts';

test('site paths go under the base path, and come back out of it', () => {
  assert.equal(withBase('/', '/'), '/');
  assert.equal(withBase('/q/pods/', '/'), '/q/pods/');
  assert.equal(withBase('/', '/handbook/'), '/handbook/');
  assert.equal(withBase('/q/pods/', '/handbook/'), '/handbook/q/pods/');
  assert.equal(withoutBase('/handbook/q/pods/', '/handbook/'), '/q/pods/');
  assert.equal(withoutBase('/handbook', '/handbook/'), '/');
  assert.equal(withoutBase('/q/pods/', '/handbook/'), undefined);
  assert.equal(withoutBase('/handbookish/', '/handbook/'), undefined);
  assert.throws(() => withBase('q/pods/', '/'), /not a site path/);
});

test('absolute addresses use the configured origin', () => {
  assert.equal(absoluteUrl('/handbook/q/pods/', 'https://org.github.io'), 'https://org.github.io/handbook/q/pods/');
});

test('a source file links to the repository, or nowhere when none is set', () => {
  assert.equal(sourceFileUrl('content/questions/pod/pod-phases.mdx', 'https://github.com/org/kube-handbook', 'main'),
    'https://github.com/org/kube-handbook/blob/main/content/questions/pod/pod-phases.mdx');
  assert.equal(sourceFileUrl('content/questions/pod/pod-phases.mdx', '', 'main'), undefined);
  assert.equal(sourceFileUrl('content/a b.mdx', 'https://git.example/r', 'release/1.0'), 'https://git.example/r/blob/release/1.0/content/a%20b.mdx');
});
