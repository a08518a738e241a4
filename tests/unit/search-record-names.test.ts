import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesFile, recordHeadline, recordNames } from '../../src/search/build/record-names.ts';
import { nameKey, nameToken } from '../../src/search/names.ts';

const record = (id: string, title: string, aliases: string[]) => ({
  url: `/t/#${id}`,
  html: `<!doctype html><html lang="zh-CN"><head></head><body><section data-pagefind-body><h2 id="${id}" data-pagefind-meta="title">${title}</h2><p>答案</p>${aliases.length ? `<p hidden data-pagefind-meta="aliases">${aliases.join('；')}</p>` : ''}</section></body></html>`,
});

test('the title and aliases are read back from the record as the reader would type them', () => {
  assert.equal(recordHeadline(record('k', '<code>kubectl</code> &lt;name&gt; &amp; &#x27;x&#39;', []).html).title, "kubectl <name> & 'x'");
  assert.deepEqual(recordHeadline(record('p', '什么是 <code>Pod</code>？', ['pod 是什么', 'x509: certificate &amp; key']).html), { title: '什么是 Pod？', aliases: ['pod 是什么', 'x509: certificate & key'] });
  assert.deepEqual(recordHeadline(record('q', 'Q？', []).html).aliases, []);
});

test('each record gets its own names, and a name two records share goes to neither', () => {
  const names = recordNames([record('what-is-pod', '什么是 Pod？', ['共用']), record('create-pod', '如何创建 Pod？', ['裸 pod', '共用']), record('x', 'X？', [])]);
  const of = (id: string) => names.get(`/t/#${id}`)!;
  assert.ok(of('what-is-pod').includes(nameToken(nameKey('Pod'))));
  assert.ok(!of('create-pod').includes(nameToken(nameKey('Pod'))));
  assert.ok(!of('what-is-pod').includes(nameToken(nameKey('共用'))) && !of('create-pod').includes(nameToken(nameKey('共用'))));
  assert.deepEqual(of('x'), [nameToken(nameKey('X'))]);
});

test('the names file gives each name word the Pagefind page of its question, and names a record Pagefind did not write', () => {
  const names = new Map([['/t/#b', ['nm0000002', 'nm0000001']], ['/t/#a', ['nm0000003']]]);
  const pages = new Map([['/t/#a', 'zh-cn_aaa'], ['/t/#b', 'zh-cn_bbb']]);
  assert.equal(namesFile(names, pages), 'nm0000001\tzh-cn_bbb\nnm0000002\tzh-cn_bbb\nnm0000003\tzh-cn_aaa\n');
  assert.throws(() => namesFile(names, new Map([['/t/#a', 'zh-cn_aaa']])), /no page for \/t\/#b/);
});

test('a name is written as one fixed-length word, the same for the same key', () => {
  assert.match(nameToken(nameKey('Pod')), /^nm[0-9a-z]{7}$/);
  assert.equal(nameToken('pod'), nameToken('pod'));
  assert.notEqual(nameToken('pod'), nameToken('service'));
  assert.equal(nameToken('').length, 9);
});
