import { test } from 'node:test';
import assert from 'node:assert/strict';
import { questionRecords, CODE_WEIGHT } from '../../src/search/build/records.ts';

const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><main>${body}</main></body></html>`;
const section = (id: string, inner = '') => `<section class="question" data-pagefind-body><h2 id="${id}">Q ${id}</h2>${inner}<section><p>nested</p></section></section>`;

test('each searchable section becomes a record addressed by its heading anchor', () => {
  const records = questionRecords(page(section('a', '<pre><code>x</code></pre>') + '<p>between</p>' + section('b')), '/topic/', 'dist/topic/index.html');
  assert.deepEqual(records.map((r) => r.url), ['/topic/#a', '/topic/#b']);
  assert.match(records[0]!.html, /^<!doctype html><html lang="zh-CN">/);
  assert.match(records[0]!.html, /<p>nested<\/p><\/section><\/section><\/body>/);
  assert.ok(!records[0]!.html.includes('between'));
  assert.ok(records[0]!.html.includes(`<pre data-pagefind-weight="${CODE_WEIGHT}">`));
});

test('a page without searchable sections yields no records', () => {
  assert.deepEqual(questionRecords(page('<h1>home</h1>'), '/', 'dist/index.html'), []);
});

test('problems name the file and what is wrong', () => {
  assert.throws(() => questionRecords(page('<section data-pagefind-body><h2>no id</h2></section>'), '/x/', 'dist/x/index.html'), /dist\/x\/index\.html: .*no heading with an id/);
  assert.throws(() => questionRecords(page(section('a') + section('a')), '/x/', 'dist/x/index.html'), /dist\/x\/index\.html: .*#a/);
  assert.throws(() => questionRecords(page('<section data-pagefind-body><h2 id="a">x</h2>'), '/x/', 'dist/x/index.html'), /dist\/x\/index\.html: .*never closed/);
  assert.throws(() => questionRecords(page('<div data-pagefind-body><h2 id="a">a</h2><div data-pagefind-body><h2 id="b">b</h2></div></div>'), '/x/', 'dist/x/index.html'), /inside another/);
});
