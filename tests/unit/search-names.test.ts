import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinctNames, nameKey, parseNames, questionNames } from '../../src/search/names.ts';

test('a name and a query compare by the words searched for them, not by spacing, case, order, filler or question words', () => {
  assert.equal(nameKey('pod 和容器到底啥区别啊'), nameKey('Pod 和容器的区别'));
  assert.equal(nameKey('什么是 Pod？'), nameKey('pod'));
  assert.equal(nameKey('ingress 是干嘛的'), nameKey('Ingress'));
  assert.equal(nameKey('svc'), nameKey('Service'));
  assert.notEqual(nameKey('pod 原理'), nameKey('pod'));
});

test('asking why or how something works is part of the name', () => {
  assert.notEqual(nameKey('为什么用 ipvs'), nameKey('ipvs'));
  assert.equal(nameKey('为啥用 IPVS'), nameKey('为什么用 ipvs'));
  assert.notEqual(nameKey('how does rolling update work'), nameKey('rolling update'));
  assert.equal(nameKey('how does rolling update work'), nameKey('rolling update 原理'));
});

test('keys hold only the planned words\' letters and digits, joined by underscores', () => {
  for (const text of ['x509: certificate has expired, or is not yet valid', 'kubectl rollout undo --to-revision=2', '“配置”：热更新']) {
    assert.match(nameKey(text), /^[\p{L}\p{N}_]+$/u);
  }
});

test('a title clause that only names a concept in two languages names it either way; a gloss in passing does not', () => {
  const pv = questionNames('什么是持久卷（PersistentVolume）？', []);
  assert.ok(pv.title.includes(nameKey('PersistentVolume')) && pv.title.includes(nameKey('持久卷')));
  const proxy = questionNames('kube-proxy 是什么？Service 的虚拟 IP（ClusterIP）是如何实现的？', []);
  assert.ok(!proxy.title.includes(nameKey('ClusterIP')));
  assert.ok(proxy.title.includes(nameKey('kube-proxy')));
});

test('a name several questions share names none of them, unless just one has it in its title', () => {
  const names = distinctNames([
    { id: 'what-is-pod', title: '什么是 Pod？', aliases: [] },
    { id: 'create-pod', title: '如何创建一个 Pod？', aliases: ['裸 pod'] },
    { id: 'a', title: 'A 是什么？它是如何工作的？', aliases: [] },
    { id: 'b', title: 'B 是什么？它是如何工作的？', aliases: ['共用说法'] },
    { id: 'c', title: 'C 是什么？', aliases: ['共用说法'] },
  ]);
  assert.ok(names.get('what-is-pod')!.includes(nameKey('Pod')));
  assert.ok(!names.get('create-pod')!.includes(nameKey('Pod')));
  assert.ok(!names.get('a')!.includes(nameKey('它是如何工作的')));
  assert.ok(!names.get('b')!.includes(nameKey('共用说法')) && !names.get('c')!.includes(nameKey('共用说法')));
  assert.ok(names.get('c')!.includes(nameKey('C')));
});

test('the browser reads the names file back into each word\'s pages', () => {
  const names = parseNames('nm0000001\tzh-cn_a\nnm0000001\tzh-cn_b\nnm0000002\tzh-cn_c\n');
  assert.deepEqual(names.get('nm0000001'), ['zh-cn_a', 'zh-cn_b']);
  assert.deepEqual(names.get('nm0000002'), ['zh-cn_c']);
  assert.equal(names.size, 2);
});
