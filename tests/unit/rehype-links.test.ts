import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { baseLink, pageLink, rehypeBaseLinks } from '../../src/markdown/rehype-base-links.ts';
import { rehypeTableScroll } from '../../src/markdown/rehype-table-scroll.ts';

/** Each element's tag and the attributes the tests look at, in document order. */
function outline(tree: Root): string[] {
  const out: string[] = [];
  visit(tree, 'element', (el: Element) => {
    const p = el.properties ?? {};
    const attrs = ['href', 'src', 'className', 'tabIndex', 'role', 'ariaLabel'].filter((k) => p[k] !== undefined).map((k) => `${k}=${String(p[k])}`);
    out.push([el.tagName, ...attrs].join(' '));
  });
  return out;
}

test('root-relative links move under the base; others stay as written', () => {
  assert.equal(baseLink('/q/pods/', '/handbook/'), '/handbook/q/pods/');
  assert.equal(baseLink('/pod/#pod-phases', '/handbook/'), '/handbook/pod/#pod-phases');
  for (const kept of ['https://kubernetes.io/docs/', '//cdn.example/x', '#top', 'mailto:a@b.c', 'relative/']) assert.equal(baseLink(kept, '/handbook/'), kept);
});

test('an anchor to a question of the same topic points at the topic page, so it works on the question page too', () => {
  assert.equal(pageLink('#pod-phases', '/', 'pod'), '/pod/#pod-phases');
  assert.equal(pageLink('#pod-phases', '/handbook/', 'pod'), '/handbook/pod/#pod-phases');
  assert.equal(pageLink('#pod-phases', '/', undefined), '#pod-phases');
});

test('the plugin rewrites hrefs and srcs of an answer, elements and MDX JSX alike', () => {
  const tree = fromHtml('<p><a href="/q/pods/">p</a> <a href="#x">x</a> <img src="/img.png" alt=""> <a href="https://k8s.io/">k</a></p>', { fragment: true });
  rehypeBaseLinks({ base: '/handbook/' })(tree as never, { path: '/repo/content/questions/pod/pod-phases.mdx' });
  assert.deepEqual(outline(tree), ['p', 'a href=/handbook/q/pods/', 'a href=/handbook/pod/#x', 'img src=/handbook/img.png', 'a href=https://k8s.io/']);
  const jsx = { type: 'root', children: [{ type: 'mdxJsxFlowElement', name: 'a', attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: '/q/pods/' }], children: [] }] };
  rehypeBaseLinks({ base: '/handbook/' })(jsx as never, { path: 'content/topics/pod.mdx' });
  assert.equal(jsx.children[0]!.attributes[0]!.value, '/handbook/q/pods/');
  // At the root, only same-topic anchors change.
  const root = fromHtml('<a href="/q/pods/">p</a><a href="#x">x</a>', { fragment: true });
  rehypeBaseLinks({ base: '/' })(root as never, { path: 'content/questions/pod/a.mdx' });
  assert.deepEqual(outline(root), ['a href=/q/pods/', 'a href=/pod/#x']);
});

test('every table goes into one focusable region that scrolls, once', () => {
  const tree = fromHtml('<table><tr><td><code>restartPolicy</code></td></tr></table><p>x</p><table></table>', { fragment: true });
  rehypeTableScroll()(tree);
  rehypeTableScroll()(tree);
  const region = 'div className=table-scroll tabIndex=0 role=region ariaLabel=表格，可横向滚动';
  assert.deepEqual(outline(tree), [region, 'table', 'tbody', 'tr', 'td', 'code', 'span className=tok', 'p', region, 'table']);
});

test('code in a table cell keeps each token in one unbreakable piece, and its text as it was', () => {
  const tree = fromHtml('<table><tr><td><code>kubectl rollout undo deployment/web --to-revision=2</code></td><td>回滚 <code>x</code></td></tr></table>', { fragment: true });
  rehypeTableScroll()(tree);
  const code = (tree.children[0] as Element).children[0] as Element;
  const tokens: string[] = [];
  visit(code, 'element', (el: Element) => {
    if ((el.properties?.className as string[] | undefined)?.includes('tok')) tokens.push((el.children[0] as { value: string }).value);
  });
  assert.deepEqual(tokens, ['kubectl', 'rollout', 'undo', 'deployment/web', '--to-revision=2', 'x']);
  let text = '';
  visit(tree, 'text', (t: { value: string }) => { text += t.value; });
  assert.equal(text, 'kubectl rollout undo deployment/web --to-revision=2回滚 x');
});
