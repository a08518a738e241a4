import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlText, recordHeadline, withNames } from '../../src/search/build/record-names.ts';
import { nameKey } from '../../src/search/names.ts';

const record = (id: string, title: string, aliases: string[]) => ({
  url: `/t/#${id}`,
  html: `<!doctype html><html lang="zh-CN"><head></head><body><section data-pagefind-body><h2 id="${id}" data-pagefind-meta="title">${title}</h2><p>答案</p>${aliases.length ? `<p hidden data-pagefind-meta="aliases">${aliases.join('；')}</p>` : ''}</section></body></html>`,
});

test('the title and aliases are read back from the record as the reader would type them', () => {
  assert.equal(htmlText('<code>kubectl</code> &lt;name&gt; &amp; &#x27;x&#39;'), "kubectl <name> & 'x'");
  assert.deepEqual(recordHeadline(record('p', '什么是 <code>Pod</code>？', ['pod 是什么', 'x509: certificate &amp; key']).html), { title: '什么是 Pod？', aliases: ['pod 是什么', 'x509: certificate & key'] });
  assert.deepEqual(recordHeadline(record('q', 'Q？', []).html).aliases, []);
});

test('each record gets its own names as filter values inside its searchable element, and a name two records share goes to neither', () => {
  const [pod, create, other] = withNames([record('what-is-pod', '什么是 Pod？', ['共用']), record('create-pod', '如何创建 Pod？', ['裸 pod', '共用']), record('x', 'X？', [])]);
  const filters = (html: string) => [...html.matchAll(/data-pagefind-filter="name:([^"]+)"/g)].map((m) => m[1]);
  assert.ok(filters(pod!.html).includes(nameKey('Pod')));
  assert.ok(!filters(create!.html).includes(nameKey('Pod')));
  assert.ok(!filters(pod!.html).includes(nameKey('共用')) && !filters(create!.html).includes(nameKey('共用')));
  assert.deepEqual(filters(other!.html), [nameKey('X')]);
  assert.match(pod!.html, /<span data-pagefind-filter="name:[^"]+"><\/span><\/section><\/body>/);
});
