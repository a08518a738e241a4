import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptPieces } from '../../src/search/client/safe-excerpt.ts';

const text = (pieces: { text: string }[]) => pieces.map((p) => p.text).join('');
const marked = (pieces: { text: string; mark: boolean }[]) => pieces.filter((p) => p.mark).map((p) => p.text);

test('the excerpt leaves out the title and the hidden names, and marks the searched words', () => {
  const pieces = excerptPieces('什么是污点？ 污点打在节点上，容忍度写在 Pod 上。 taint toleration.', '什么是污点？', ['taint toleration'], ['污点', 'pod']);
  assert.equal(text(pieces), '污点打在节点上，容忍度写在 Pod 上。');
  assert.deepEqual(marked(pieces), ['污点', 'Pod']);
});

test('when only a hidden name matched, the excerpt opens on the one-line answer', () => {
  const pieces = excerptPieces('标题 一句话回答在这里。 详解. 正文。 服务质量.', '标题', ['服务质量'], ['服务质量']);
  assert.equal(text(pieces), '一句话回答在这里。 详解. 正文。');
  assert.deepEqual(marked(pieces), []);
});

test('a match deep in the text opens the window just before it, with ellipses', () => {
  const body = `${'甲'.repeat(200)}maxSurge${'乙'.repeat(200)}`;
  const pieces = excerptPieces(body, '', [], ['maxsurge']);
  assert.equal(pieces[0]!.text, '…');
  assert.equal(pieces.at(-1)!.text, '…');
  assert.deepEqual(marked(pieces), ['maxSurge']);
});

test('the window opens at the start of the sentence holding the match', () => {
  const pieces = excerptPieces('标题 一句话回答，很长很长。 详解. 污点（Taint）是节点对象上的属性。', '标题', [], ['taint']);
  assert.equal(pieces[0]!.text, '…');
  assert.equal(pieces[1]!.text, '污点（');
  assert.deepEqual(marked(pieces), ['Taint']);
});

test('markup in the text stays text', () => {
  const pieces = excerptPieces('<img src=x onerror=alert(1)> 正文', '', [], ['<img']);
  assert.equal(text(pieces), '<img src=x onerror=alert(1)> 正文');
});
