import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planQuery, correctedQuery, plannedWords, browserWords, withoutPlaceholders, withoutObjectNames, isPastedLine } from '../../src/search/client/plan.ts';
import { Vocabulary } from '../../src/search/client/spelling.ts';

const vocabulary = new Vocabulary(['kubernetes', 'pod', 'deployment', 'readiness', 'probe', 'service', 'kube', 'proxy', 'hpa', 'get', 'kubectl', 'explain']);

test('colloquial filler and question words are dropped', () => {
  assert.equal(planQuery('pod 起不来是啥情况', vocabulary).required, 'pod 起不来');
  assert.equal(planQuery('请问大佬 deployment 咋回事呢', vocabulary).required, 'deployment');
  assert.equal(planQuery('What is the difference between pod and deployment', vocabulary).required, 'pod deployment');
});

test('the English frames of a forum post are dropped, so “stuck” is never corrected to “stack”', () => {
  const words = new Vocabulary(['pvc', 'pending', 'stack', 'dns', 'resolve', 'pod']);
  assert.equal(planQuery('pvc stuck pending', words).required, 'pvc pending');
  assert.equal(planQuery('pod cannot resolve dns please help', words).required, 'pod resolve dns');
});

test('kubectl verbs are never dropped as English filler', () => {
  assert.equal(planQuery('kubectl explain', vocabulary).required, 'kubectl explain');
});

test('kubectl short names and shorthand are spelt out; the site\'s own short names stay', () => {
  assert.equal(planQuery('kubectl get svc', vocabulary).required, 'kubectl get Service');
  assert.equal(planQuery('deploy 和 sts', vocabulary).required, 'Deployment StatefulSet');
  assert.equal(planQuery('hpa', vocabulary).required, 'hpa');
});

test('words readers use are rewritten to the site\'s', () => {
  assert.equal(planQuery('水平扩容', vocabulary).required, 'HPA');
  assert.equal(planQuery('回退版本', vocabulary).required, '回滚');
  assert.equal(planQuery('pod 跑不起来', vocabulary).required, 'pod 起不来');
  assert.equal(planQuery('pod 没起来', vocabulary).required, 'pod 起不来');
  assert.deepEqual(planQuery('pod 咋监控起来', vocabulary).optional, ['起来']);
  assert.equal(planQuery('pod 频繁重启', vocabulary).required, 'pod 重启', 'how often it happens is filler');
});

test('misspelt words are corrected, and the correction is reported', () => {
  const plan = planQuery('readness probe', vocabulary);
  assert.equal(plan.required, 'readiness probe');
  assert.deepEqual(plan.corrections, [{ from: 'readness', to: 'readiness' }]);
  assert.equal(correctedQuery('readness  probe', plan.corrections), 'readiness probe');
  assert.equal(planQuery('kube-prxy', vocabulary).required, 'kube-proxy', 'each part of an identifier is checked');
  const twice = planQuery('<deploymnet></deploymnet>', vocabulary);
  assert.equal(correctedQuery('<deploymnet></deploymnet>', twice.corrections), '<deployment></deployment>', 'a word typed twice is corrected in both places, once each');
});

test('a word that occurs nowhere and resembles nothing is not searched', () => {
  const plan = planQuery('zzqxjv pod', vocabulary);
  assert.equal(plan.required, 'pod');
  assert.deepEqual(plan.unknown, ['zzqxjv']);
  assert.equal(planQuery('zzqxjv', vocabulary).required, '');
});

test('searching exactly keeps the words as typed', () => {
  const plan = planQuery('readness probe', vocabulary, { exact: true });
  assert.equal(plan.required, 'readness probe');
  assert.deepEqual(plan.corrections, []);
});

test('words readers add to a concept only count in ranking', () => {
  const plan = planQuery('HPA 原理', vocabulary);
  assert.equal(plan.required, 'HPA');
  assert.deepEqual(plan.optional, ['原理']);
  assert.equal(planQuery('原理', vocabulary).required, '原理', 'alone, such a word is what is asked');
});

test('the site\'s own name is dropped unless it is all that was asked', () => {
  assert.equal(planQuery('k8s 调度', vocabulary).required, '调度');
  assert.equal(planQuery('k8s', vocabulary).required, 'Kubernetes');
  const typo = planQuery('kubernets', vocabulary);
  assert.equal(typo.required, 'kubernetes');
  assert.deepEqual(typo.corrections, [{ from: 'kubernets', to: 'kubernetes' }]);
});

test('a status named in a sentence drops the words framing it; asked alone, 状态 stays', () => {
  const statuses = new Vocabulary(['pod', 'containercreating', 'pending']);
  assert.equal(planQuery('Pod 一直处于 ContainerCreating 状态怎么办', statuses).required, 'Pod ContainerCreating');
  assert.equal(planQuery('pod 卡在 pending 状态', statuses).required, 'pod pending');
  assert.equal(planQuery('pod 有哪些状态', statuses).required, 'pod 状态');
});

test('the plan says whether the reader asks how to fix something', () => {
  assert.equal(planQuery('pod 一直 pending 咋整', vocabulary).fixing, true);
  assert.equal(planQuery('pod 是什么', vocabulary).fixing, false);
});

test('“挂了” of a component is an outage, not a crash: the word it is rewritten to only counts in ranking', () => {
  const words = new Vocabulary(['apiserver', 'pod']);
  const plan = planQuery('apiserver 挂了会怎样', words);
  assert.equal(plan.required, 'apiserver');
  assert.deepEqual(plan.optional, ['崩溃', '挂了']);
});

test('asking what tells two things apart keeps 区别 to count in ranking', () => {
  const words = new Vocabulary(['ipvs', 'iptables']);
  assert.deepEqual(planQuery('ipvs 和 iptables 有什么区别', words).optional, ['区别']);
  assert.equal(planQuery('ipvs 和 iptables 有什么区别', words).required, 'ipvs iptables');
});

test('the words searched are those of the plan, so a dropped word still parts the words around it', () => {
  // 一直 goes, and the browser splits 机房 and 重启 into characters: joined across the gap they
  // would make 后重启, which no answer holds.
  const plan = planQuery('为什么我的 Pod 在机房停电后一直重启', vocabulary, { segment: browserWords });
  const words = plannedWords(plan);
  assert.ok(words.includes('重启'), words.join(' '));
  assert.ok(!words.some((w) => w.includes('后重')), words.join(' '));
  assert.deepEqual(plannedWords({ ...plan, required: 'pod pod  重启' }), ['pod', '重启']);
});

test('a pasted error line keeps its own terms: function words, placeholders and the volume\'s own name go', () => {
  const words = new Vocabulary(['multi', 'attach', 'error', 'volume', 'pvc', 'exclusively', 'attached', 'node', 'already', 'one']);
  const plan = planQuery('Multi-Attach error for volume "pvc-xxx" Volume is already exclusively attached to one node and can\'t be attached to another', words);
  assert.equal(plan.required, 'Multi-Attach volume Volume exclusively attached node attached');
  assert.deepEqual(plan.optional, ['error']);
  assert.equal(withoutPlaceholders('xxxx-pod'), 'pod');
  assert.equal(withoutPlaceholders('my-app-xxxxx-abc'), 'my-app-abc');
  assert.equal(withoutPlaceholders('max'), 'max');
});

test('a reader\'s English word for what the answers name in Chinese is rewritten before spelling correction', () => {
  const words = new Vocabulary(['expose', 'deployment', 'internal', 'pvc']);
  assert.equal(planQuery('how do I expose a deployment to the internet', words).required, 'expose deployment 外部');
  assert.equal(planQuery('pvc 删了以后数据还在不在啊', words).required, 'pvc 删除 数据');
});

test('a reader phrase is searched as the site\'s word, and still counts in ranking as typed', () => {
  const plan = planQuery('七层负载均衡', new Vocabulary(['ingress']));
  assert.equal(plan.required, 'Ingress');
  assert.deepEqual(plan.optional, ['七层负载均衡']);
  assert.deepEqual(planQuery('同一个节点').optional, [], 'a colloquial spelling of the site\'s own word is not counted twice');
});

test('how study notes frame a concept only counts in ranking, and asking how it works asks nothing more', () => {
  const words = new Vocabulary(['ingress', 'coredns']);
  assert.equal(planQuery('Ingress 底层原理剖析', words).required, 'Ingress');
  assert.equal(planQuery('Ingress 入门教程', words).required, 'Ingress');
  assert.equal(planQuery('Ingress 是怎么工作的', words).required, 'Ingress');
  assert.equal(planQuery('coredns 解析', words).required, 'coredns 解析', '解析 of DNS is the concept itself');
});

test('a lone character asked alone is searched, so 卷 never comes back empty', () => {
  assert.equal(planQuery('卷').required, '卷');
  assert.equal(planQuery('什么是卷').required, '卷');
  // Among other words it is still no word of its own.
  assert.ok(!plannedWords(planQuery('卷 的 扩容')).includes('卷'));
});

test('a pasted message loses the names of the reader\'s own objects, but keeps quoted kinds and statuses', () => {
  assert.equal(withoutObjectNames('Error: configmap "cluster-config" not found'), 'Error: configmap not found');
  assert.equal(withoutObjectNames('The Deployment "nginx" is invalid'), 'The Deployment is invalid');
  assert.equal(withoutObjectNames('Failed to pull image "myapp:latest"'), 'Failed to pull image');
  assert.equal(withoutObjectNames('cannot list resource "pods" in API group "apps"'), 'cannot list resource "pods" in API group');
  assert.equal(withoutObjectNames('pods "web-0" is forbidden'), 'pods is forbidden');
  assert.equal(withoutObjectNames('violates PodSecurity "restricted:latest"'), 'violates PodSecurity "restricted:latest"');
});

test('in a pasted message the log frame only counts in ranking and plural kinds are singular; asked alone they are searched', () => {
  assert.ok(isPastedLine('Warning Failed kubelet Error: configmap "x" not found'));
  assert.ok(!isPastedLine('kubectl get pods failed'));
  const pasted = planQuery('Warning Failed kubelet Error: configmap "cluster-config" not found');
  assert.deepEqual(pasted.optional, ['Warning', 'Failed', 'Error']);
  assert.ok(!pasted.required.includes('cluster-config') && pasted.required.includes('configmap'));
  assert.ok(plannedWords(planQuery('Error from server (NotFound): namespaces "dev" not found')).includes('namespace'));
  assert.equal(planQuery('error failed').required, 'error failed');
});
