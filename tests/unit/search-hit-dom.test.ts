import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptFragment } from '../../src/search/client/safe-excerpt.ts';
import { hitItem } from '../../src/search/client/hit.ts';
import { withFakeDocument, type FakeNode } from '../helpers/fake-dom.ts';

const PAYLOAD = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

test('excerpts are built from text nodes and <mark>, so markup in the index stays text', () => {
  const fragment = withFakeDocument(() => excerptFragment([
    { text: '输出里的 ', mark: false }, { text: '<none>', mark: true }, { text: ` 和 ${PAYLOAD}`, mark: false },
  ])) as unknown as FakeNode;
  assert.deepEqual(fragment.tags(), ['#fragment', '#text', 'mark', '#text', '#text']);
  assert.equal(fragment.textContent, `输出里的 <none> 和 ${PAYLOAD}`);
});

test('a result shows its title, topic and excerpt as text', () => {
  const item = withFakeDocument(() => hitItem({
    url: '/pod/#create-pod', title: `标题 ${PAYLOAD}`, topic: 'Pod', difficulty: '入门',
    excerpt: [{ text: PAYLOAD, mark: false }],
  } as Parameters<typeof hitItem>[0])) as unknown as FakeNode;
  assert.equal(item.children[0]!.href, '/pod/#create-pod');
  assert.ok(item.textContent.includes(`标题 ${PAYLOAD}`));
  assert.ok(item.textContent.endsWith(PAYLOAD));
  assert.ok(!item.tags().includes('img') && !item.tags().includes('script'));
});
