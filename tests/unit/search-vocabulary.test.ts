import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latinWords } from '../../src/search/latin-words.ts';
import { indexedText, vocabulary } from '../../src/search/build/vocabulary.ts';

test('Latin words are listed as Pagefind indexes them: lowercased, camelCase parts and joined hyphenated names too', () => {
  assert.deepEqual(latinWords('maxSurge'), ['maxsurge', 'max', 'surge']);
  assert.deepEqual(latinWords('kube-proxy 的 IPVS 模式'), ['kubeproxy', 'kube', 'proxy', 'ipvs']);
  assert.deepEqual(latinWords('values.yaml'), ['values', 'yaml'], 'file names are not typed joined');
  assert.deepEqual(latinWords('CrashLoopBackOff'), ['crashloopbackoff', 'crash', 'loop', 'back', 'off']);
});

test('generated names, lone letters and bare numbers are not words anyone types', () => {
  assert.deepEqual(latinWords('web-7d4b9c8f5d-x7k2p 8080 a'), ['web']);
  assert.deepEqual(latinWords('k8s base64 x509 v1'), ['k8s', 'base64', 'x509', 'v1']);
});

test('the indexed text leaves out what Pagefind leaves out: ignored elements and buttons', () => {
  const html = '<section><h2>探针 livenessProbe</h2><div data-pagefind-ignore><span>difficultyBadge</span></div>'
    + '<button>copyButton</button><p>正文 readinessProbe</p><p hidden>aliasWord</p></section>';
  const text = indexedText(html);
  assert.match(text, /livenessProbe/);
  assert.match(text, /readinessProbe/);
  assert.match(text, /aliasWord/, 'hidden aliases are indexed');
  assert.doesNotMatch(text, /difficultyBadge|copyButton/);
  assert.doesNotMatch(indexedText('<p>first</p><p>second</p>'), /firstsecond/, 'blocks stay apart');
});

test('the vocabulary lists each word once, the most widespread first', () => {
  assert.deepEqual(vocabulary(['pod deployment', 'pod service', 'pod service pod']), ['pod', 'service', 'deployment']);
});
