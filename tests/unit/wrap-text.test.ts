import { test } from 'node:test';
import assert from 'node:assert/strict';
import { breakUnits, wrapText } from '../../src/social/wrap-text.ts';

// A monospace stand-in: Chinese and full-width punctuation are 2 wide, everything else 1.
const widthOf = (text: string) => [...text].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);

test('English words and identifiers stay whole; Chinese breaks between characters; punctuation sticks to its neighbour', () => {
  assert.deepEqual(breakUnits('调度：nodeSelector、亲和性'), ['调', '度：', 'nodeSelector、', '亲', '和', '性']);
  assert.deepEqual(breakUnits('（探针）v1.36 spec.replicas'), ['（探', '针）', 'v1.36', ' ', 'spec.replicas']);
});

test('lines never pass the width, never start with closing punctuation, and keep words whole', () => {
  const lines = wrapText('存活探针（livenessProbe）和就绪探针（readinessProbe）有什么区别？', { maxWidth: 20, maxLines: 5, widthOf });
  for (const line of lines) {
    assert.ok(widthOf(line) <= 20, `"${line}" is ${widthOf(line)} wide`);
    assert.doesNotMatch(line, /^[，。、：；！？）]/);
  }
  assert.ok(lines.some((l) => l.includes('livenessProbe')) && lines.some((l) => l.includes('readinessProbe')));
  assert.equal(lines.join(''), '存活探针（livenessProbe）和就绪探针（readinessProbe）有什么区别？');
});

test('the last line never holds a lone character', () => {
  // 11 characters at 10 per line would leave “册” alone.
  const lines = wrapText('一二三四五六七八九十册', { maxWidth: 20, maxLines: 3, widthOf });
  assert.deepEqual(lines, ['一二三四五六七八九', '十册']);
});

test('too much text ends in an ellipsis on the last allowed line', () => {
  const lines = wrapText('一二三四五六七八九十'.repeat(3), { maxWidth: 10, maxLines: 2, widthOf });
  assert.equal(lines.length, 2);
  assert.ok(lines[1]!.endsWith('…') && widthOf(lines[1]!) <= 10, lines[1]);
});

test('a word too long for any line is cut to fit rather than overflow', () => {
  const lines = wrapText('topologySpreadConstraints', { maxWidth: 10, maxLines: 4, widthOf });
  assert.ok(lines.every((l) => widthOf(l) <= 10));
  assert.equal(lines.join(''), 'topologySpreadConstraints');
});
