import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asksToFix, isFixingTitle, isKindName, isStatus, kindsNamed, singularKind, strongestWords, termStrength, withoutStatusFrame } from '../../src/search/known-terms.ts';

test('statuses and reasons are known in any case, with or without the Init: prefix', () => {
  for (const s of ['CrashLoopBackOff', 'pending', 'OOMKilled', 'Init:CrashLoopBackOff', 'ContainerCreating', 'NotReady']) assert.ok(isStatus(s), s);
  for (const s of ['Pod', 'probe', '状态', 'failed', 'available']) assert.ok(!isStatus(s), s);
});

test('the words framing a status go when the query names one, and stay otherwise', () => {
  assert.deepEqual(withoutStatusFrame(['Pod', '处于', 'ContainerCreating', '状态']), ['Pod', 'ContainerCreating']);
  assert.deepEqual(withoutStatusFrame(['Pod', '状态']), ['Pod', '状态'], 'without a status, 状态 is what is asked');
});

test('terms are ranked: statuses, then kinds and identifiers, then Chinese words, then plain English', () => {
  assert.equal(termStrength('ImagePullBackOff'), 3);
  assert.equal(termStrength('Deployment'), 2);
  assert.equal(termStrength('restartPolicy'), 2);
  assert.equal(termStrength('kube-proxy'), 2);
  assert.equal(termStrength('镜像'), 1);
  assert.equal(termStrength('connection'), 0);
});

test('a long paste keeps its strongest terms, in the order typed; a short query keeps all', () => {
  const pasted = ['Warning', 'Failed', 'kubelet', 'Error', 'from', 'server', 'while', 'pulling', 'image', 'ErrImagePull', 'values.yaml', 'Deployment'];
  assert.deepEqual(strongestWords(pasted, 3), ['ErrImagePull', 'values.yaml', 'Deployment']);
  assert.deepEqual(strongestWords(['pod', 'pending'], 6), ['pod', 'pending']);
});

test('among words as strong, a long paste keeps the rarest in the index; numbers go first', () => {
  const rarity = new Map([['nodes', 0.01], ['available', 0.1], ['insufficient', 0.9], ['cpu', 0.2], ['untolerated', 0.99], ['taint', 0.6]]);
  const pasted = ['0/3', 'nodes', 'available', '3', 'Insufficient', 'cpu', 'untolerated', 'taint'];
  assert.deepEqual(strongestWords(pasted, 3, (w) => rarity.get(w.toLowerCase())), ['Insufficient', 'untolerated', 'taint']);
  assert.equal(termStrength('0/3'), -1);
});

test('a query asking how to fix something is told from one asking what something is', () => {
  for (const q of ['pod 一直 pending 咋整', '配置改了没生效', 'namespace 删不掉', 'Readiness probe failed: connection refused', 'pods is forbidden']) assert.ok(asksToFix(q), q);
  for (const q of ['pod 有哪些状态', 'service 是什么', 'readiness probe', 'kubectl get pods']) assert.ok(!asksToFix(q), q);
});

test('a title is about fixing when one of its clauses ends asking how to fix', () => {
  assert.ok(isFixingTitle('Pod 一直 Pending、CrashLoopBackOff 或 ImagePullBackOff，怎么排查？'));
  assert.ok(isFixingTitle('Pod 一直卡在 Terminating 怎么办？什么时候能用 --force 强制删除？'));
  assert.ok(!isFixingTitle('部署和排查应用常用哪些 kubectl 命令（含 kubectl explain）？'), 'naming troubleshooting is not asking how to fix');
  assert.ok(!isFixingTitle('Pod 有哪些状态？'));
});

test('a title naming Nodes in Chinese names the Node kind', () => {
  assert.ok(kindsNamed('调度器是怎样选出节点的？').has('node'));
  assert.ok(kindsNamed('kubectl drain node').has('node'));
  assert.ok(!kindsNamed('什么是命名空间？').has('node'));
});

test('plural kinds name their kind; a kind whose own name ends in s is left alone', () => {
  assert.equal(singularKind('pods'), 'pod');
  assert.equal(singularKind('Namespaces'), 'namespace');
  assert.equal(singularKind('deployments.apps'), 'deployment');
  assert.equal(singularKind('ingresses'), 'ingress');
  assert.equal(singularKind('endpoints'), undefined);
  assert.equal(singularKind('pod'), undefined);
  assert.equal(singularKind('nodes2'), undefined);
  assert.ok(isKindName('ConfigMap') && isKindName('secrets') && !isKindName('image'));
});
