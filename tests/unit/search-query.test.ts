import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeQuery, stripQuestionWords, queryUnits, titleCoverage, searchWords, wordParts } from '../../src/search/client/query.ts';

test('Chinese typed with or without spaces becomes the same query; full-width letters fold', () => {
  assert.equal(normalizeQuery('  就绪 探针 '), '就绪探针');
  assert.equal(normalizeQuery('拓扑  分布 约束'), '拓扑分布约束');
  assert.equal(normalizeQuery('Ｐｏｄ 优雅 终止'), 'Pod 优雅终止');
  assert.equal(normalizeQuery('kubectl  rollout status'), 'kubectl rollout status');
});

test('question words are dropped, but a query made only of them is kept', () => {
  assert.equal(stripQuestionWords('Pod 一直 Pending 怎么办'), 'Pod Pending');
  assert.equal(stripQuestionWords('base64 是加密吗？'), 'base64 是加密');
  assert.equal(stripQuestionWords('为什么'), '为什么');
  assert.equal(stripQuestionWords('kubelet 有什么作用'), 'kubelet');
});

test('a query splits into Chinese runs and identifier-shaped words', () => {
  assert.deepEqual(queryUnits('kubectl label --overwrite'), ['kubectl', 'label', 'overwrite']);
  assert.deepEqual(queryUnits('values.yaml 和 port-forward'), ['values.yaml', '和', 'port-forward']);
  assert.deepEqual(queryUnits('Service DNS 名称'), ['Service', 'DNS', '名称']);
});

test('title coverage counts whole Latin words, camelCase parts (as Pagefind indexes them) and Chinese two-character pieces', () => {
  assert.equal(titleCoverage('如何用 NodePort 对外暴露服务？', ['NodePort']), 1);
  assert.equal(titleCoverage('容器运行时 container runtime', ['run']), 0);
  assert.equal(titleCoverage('什么是 RBAC？ServiceAccount 如何配合', ['Service']), 1);
  assert.equal(titleCoverage('什么是持久卷（PersistentVolume）', ['persistent', 'volume']), 1);
  assert.equal(titleCoverage('启动探针解决什么问题', ['就绪探针']), 1 / 3);
  assert.equal(titleCoverage('', ['x']), 0);
  assert.equal(titleCoverage('任何标题', []), 0);
});

/** A word breaker that knows only `known` words and splits everything else into characters, as the browser's does. */
function breaker(known: string[]) {
  return (text: string) => {
    const out: string[] = [];
    for (let i = 0; i < text.length;) {
      const word = known.find((k) => text.startsWith(k, i));
      out.push(word ?? text[i]!);
      i += word?.length ?? 1;
    }
    return out;
  };
}

test('single characters are joined back into words; lone characters and particles go', () => {
  const icu = breaker(['就绪', '存储', 'DNS']);
  assert.deepEqual(searchWords('就绪探针', icu), ['就绪', '探针'], 'two characters in a row make a word');
  assert.deepEqual(searchWords('存储类', icu), ['存储类'], 'one character joins the word before it');
  assert.deepEqual(searchWords('Service 的 DNS', icu), ['Service', 'DNS']);
  assert.deepEqual(searchWords('配置改了', breaker(['配置'])), ['配置'], 'particles (了) separate words instead of joining them');
  assert.deepEqual(searchWords('配置改了生效', breaker(['配置', '改了', '生效'])), ['配置', '生效'], '了 the word breaker keeps on a verb is split off, and the lone verb goes');
  assert.deepEqual(searchWords('磁盘满了', breaker(['磁盘', '满了'])), ['磁盘满'], 'a verb split from its 了 joins the word before it');
  assert.deepEqual(searchWords('镜像不更新', breaker(['镜像', '更新'])), ['镜像', '更新'], 'a lone negation is not glued to a word');
  assert.deepEqual(searchWords('pod 起不来', breaker([])), ['pod', '起不来'], 'but stays in a run of single characters');
  assert.deepEqual(searchWords('访问另一个 pod', breaker(['访问', '一个'])), ['访问', 'pod'], 'nor are measure words and 另');
  assert.deepEqual(searchWords('有几种类型', breaker(['类型'])), ['类型']);
  assert.deepEqual(searchWords('pod 排查', breaker(['pod'])), ['pod', '排查'], 'an everyday verb next to a lone character is half of a word');
  assert.deepEqual(searchWords('探针超时', breaker(['探针'])), ['探针', '超时']);
  assert.deepEqual(searchWords('查日志', breaker(['日志'])), ['日志'], 'on its own it separates words');
  assert.deepEqual(searchWords('崩溃时的日志', breaker(['崩溃', '日志'])), ['崩溃', '日志']);
  assert.deepEqual(searchWords('服务发现 探测结果', breaker(['服务', '发现', '探测', '结果'])), ['服务', '发现', '探测', '结果'], 'everyday words that are part of terms stay');
});

test('forum greetings, fix-it frames and how-often words are dropped; what names the problem stays', () => {
  assert.equal(stripQuestionWords('求助大佬 pod 到底是干嘛的'), 'pod');
  assert.equal(stripQuestionWords('ingress 老是 502 怎么解决'), 'ingress 502');
  assert.equal(stripQuestionWords('各位大神 节点突然 NotReady 在线等'), '节点 NotReady');
  assert.equal(stripQuestionWords('哈希 一致性'), '哈希 一致性', 'single characters that are part of terms stay');
  assert.equal(stripQuestionWords('面试被问到 ipvs 该怎么回答'), 'ipvs');
  assert.equal(stripQuestionWords('生产环境 pod 环境变量'), 'pod 环境变量', 'where it happens is no topic, but 环境变量 is');
});

test('identifiers stay whole as words, and colloquial filler goes', () => {
  const icu = breaker(['节点', '一个', '两个']);
  assert.deepEqual(searchWords('kubectl config set-context', icu), ['kubectl', 'config', 'set-context']);
  assert.deepEqual(searchWords('两个 pod 别在同一个节点', icu), ['pod', '节点']);
});

test('a long Chinese word is cut into two-character parts, a last lone character joining the part before it', () => {
  assert.deepEqual(wordParts('监控告警'), ['监控', '告警']);
  assert.deepEqual(wordParts('容器运行时'), ['容器', '运行时']);
  assert.deepEqual(wordParts('容器逃逸检测'), ['容器', '逃逸', '检测']);
  assert.deepEqual(wordParts('探针'), ['探针']);
});

test('asking which to pick, or whether something is still there, is filler', () => {
  assert.equal(stripQuestionWords('deployment 和 statefulset 到底选哪个呀').replace(/\s+/g, ' ').trim(), 'deployment 和 statefulset');
  assert.equal(stripQuestionWords('数据还在不在').trim(), '数据');
});
