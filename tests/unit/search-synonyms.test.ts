import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expandShortName, KEPT_SHORT_NAMES, KUBECTL_SHORT_NAMES, mentions, otherNames, READER_PHRASES, rewriteReaderPhrases, SHORTHAND, SYNONYM_GROUPS } from '../../src/search/synonyms.ts';

test('Latin names match whole words only; Chinese names match anywhere', () => {
  assert.equal(mentions('SC、PV、PVC 三层抽象', 'PV'), true);
  assert.equal(mentions('什么是 PVC？', 'PV'), false);
  assert.equal(mentions('shareProcessNamespace', 'namespace'), false);
  assert.equal(mentions('kube-scheduler 打分', 'scheduler'), true);
  assert.equal(mentions('什么是污点（Taint）', '污点'), true);
});

test('a text gets the names it does not use for the concepts it mentions', () => {
  const groups = [['污点', 'taint'], ['容忍度', 'toleration'], ['探针', 'probe']];
  assert.deepEqual(otherNames('什么是污点（Taint）和容忍度？', groups), ['toleration']);
  assert.deepEqual(otherNames('与此无关', groups), []);
});

test('every synonym group names one concept at least twice, and no name sits in two groups', () => {
  const seen = new Map<string, number>();
  SYNONYM_GROUPS.forEach((group, i) => {
    assert.ok(group.length >= 2, `group ${i} (${group.join(', ')}) has one name`);
    for (const name of group) {
      const key = name.toLowerCase();
      assert.ok(!seen.has(key), `“${name}” is in groups ${seen.get(key)} and ${i}`);
      seen.set(key, i);
    }
  });
});

test('kubectl short names stand for the kinds kubectl api-resources lists', () => {
  const expected: Record<string, string> = {
    svc: 'Service', cm: 'ConfigMap', pvc: 'PersistentVolumeClaim', pv: 'PersistentVolume', ns: 'Namespace', deploy: 'Deployment',
    ds: 'DaemonSet', sts: 'StatefulSet', rs: 'ReplicaSet', rc: 'ReplicationController', hpa: 'HorizontalPodAutoscaler',
    ing: 'Ingress', sa: 'ServiceAccount', netpol: 'NetworkPolicy', pdb: 'PodDisruptionBudget', ep: 'Endpoints', cj: 'CronJob',
    sc: 'StorageClass', po: 'Pod', no: 'Node', crd: 'CustomResourceDefinition', pc: 'PriorityClass', quota: 'ResourceQuota',
  };
  for (const [short, kind] of Object.entries(expected)) assert.equal(KUBECTL_SHORT_NAMES[short], kind, short);
  for (const short of Object.keys({ ...KUBECTL_SHORT_NAMES, ...SHORTHAND })) assert.match(short, /^[a-z0-9]+$/, `${short} is typed lowercase`);
});

test('short names are spelt out in a query, except English words and the names the site itself uses', () => {
  assert.equal(expandShortName('svc'), 'Service');
  assert.equal(expandShortName('STS'), 'StatefulSet');
  assert.equal(expandShortName('k8s'), 'Kubernetes');
  for (const kept of ['no', 'limits', 'quota', 'pv', 'pvc', 'hpa', 'pdb', 'crd']) assert.equal(expandShortName(kept), undefined, kept);
  assert.equal(expandShortName('constructor'), undefined, 'only the table\'s own entries');
  for (const kept of KEPT_SHORT_NAMES) assert.ok(kept in KUBECTL_SHORT_NAMES || kept in SHORTHAND, `${kept} is a short name`);
});

test('reader phrases are rewritten to the site\'s words, longest first', () => {
  assert.equal(rewriteReaderPhrases('水平扩容怎么配').replace(/\s+/g, ' ').trim(), 'HPA 怎么配');
  assert.equal(rewriteReaderPhrases('节点自动扩容').trim(), 'Cluster Autoscaler', 'not 节点 + 自动扩缩容');
  assert.equal(rewriteReaderPhrases('与此无关'), '与此无关');
});

test('each reader phrase leads to words the handbook uses, and no phrase is listed twice', () => {
  const content = readdirSync('content/questions', { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8').toLowerCase())
    .join('\n');
  const seen = new Set<string>();
  for (const [from, to] of READER_PHRASES) {
    assert.ok(!seen.has(from), `${from} is listed twice`);
    seen.add(from);
    assert.notEqual(from, to);
    assert.ok(content.includes(to.toLowerCase()), `“${from}” is rewritten to “${to}”, which no question uses`);
  }
});

test('readers\' ways of keeping Pods apart are rewritten to the handbook\'s', () => {
  const squash = (t: string) => rewriteReaderPhrases(t).replace(/\s+/g, ' ').trim();
  assert.equal(squash('pod 别调度到这台机器'), 'pod NoSchedule 到这台 节点', '别调度 is what NoSchedule means');
  assert.equal(squash('两个 pod 别在同一个节点'), '两个 pod 别在 同一 节点', '同一个 → 同一, as answers write it');
  assert.equal(squash('存活检查和就绪检查'), '存活探针 和 就绪探针');
  assert.equal(squash('无状态和有状态的区别'), 'Deployment 和 StatefulSet 的区别');
  assert.equal(squash('Node Not Ready'), 'Node NotReady', 'Latin phrases are rewritten case aside');
});

test('other translations of a concept are rewritten to the handbook\'s one, and a longer name is not split', () => {
  const squash = (t: string) => rewriteReaderPhrases(t).replace(/\s+/g, ' ').trim();
  assert.equal(squash('控制面组件'), '控制平面 组件');
  assert.equal(squash('控制面板'), 'Dashboard', 'the web console is not the control plane');
  assert.equal(squash('存活性探针'), '存活探针', 'not 存 + 存活探针 from 活性探针');
  assert.equal(squash('集群角色绑定'), 'ClusterRoleBinding', 'not ClusterRole + 绑定 or 集群 + RoleBinding');
  assert.equal(squash('持久化卷声明'), 'PVC');
  assert.equal(squash('会话亲和性'), '会话保持', 'no 性 left behind');
});

test('readers\' symptoms are rewritten to the status the answers name', () => {
  const squash = (t: string) => rewriteReaderPhrases(t).replace(/\s+/g, ' ').trim();
  assert.equal(squash('pod 无限重启'), 'pod CrashLoopBackOff');
  assert.equal(squash('镜像拉取失败'), 'ImagePullBackOff');
  assert.equal(squash('namespace 删不了'), 'namespace Terminating');
  assert.equal(squash('Self-Healing'), '自愈', 'English terms case aside');
});

test('other names for what the answers name one way are rewritten, and ops words to the operation', () => {
  const squash = (t: string) => rewriteReaderPhrases(t).replace(/\s+/g, ' ').trim();
  assert.equal(squash('镜像仓库凭证'), '镜像仓库 凭据');
  assert.equal(squash('控制器调和循环'), '控制器 调谐 循环');
  assert.equal(squash('协调循环'), '调谐循环', 'the whole phrase, as the answers write it');
  assert.equal(squash('云硬盘挂载'), '云盘 挂载');
  assert.equal(squash('node 隔离调度和恢复调度'), 'node cordon 和恢复调度');
  assert.equal(squash('ArgoCD 回滚'), 'Argo CD 回滚', 'case aside');
});

test('English words no answer uses are rewritten to the answers\' Chinese, and only as whole words', () => {
  assert.match(rewriteReaderPhrases('zero downtime deployment'), /停机/);
  assert.match(rewriteReaderPhrases('pod to pod communication across nodes'), /通信.*跨节点/);
  assert.equal(rewriteReaderPhrases('insecure registry'), 'insecure registry');
  assert.equal(rewriteReaderPhrases('service discovered'), 'service discovered');
});
