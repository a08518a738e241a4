import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankHits, MENTION_SHARE, FIXING_BOOST, aboutOtherKind, queryKinds, coverageByTerm, unitWeights, headlineFocus, conceptMatch, containedAlias, topicalShares, INCIDENTAL_SHARE, namingQuery, queryShare, rarity, TITLE_BOOST, AKA_FACTOR, FOCUS_CAP, NAME_BOOST, type ScoredResult } from '../../src/search/client/results.ts';

const result = (id: string, score: number, title: string, extra: { aka?: string; summary?: string; body?: string; aliases?: string[] } = {}): ScoredResult => ({
  id,
  score,
  data: {
    url: `/t/#${id}`,
    content: `${title} ${extra.summary ?? ''} ${extra.body ?? ''} ${extra.aliases?.join('；') ?? ''}`,
    meta: { title, topic: 'T', summary: extra.summary, aka: extra.aka, aliases: extra.aliases?.join('；') },
    filters: { difficulty: ['入门'] },
  },
});
const query = (...words: string[]) => ({ words, optional: [] });

test('a title holding the whole query lifts a result above one with a higher raw score', () => {
  const hits = rankHits([result('scattered', 30, '启动探针解决什么问题'), result('phrase', 24, '存活探针和就绪探针有什么区别')], query('就绪', '探针'));
  assert.deepEqual(hits.map((h) => h.url), ['/t/#phrase', '/t/#scattered']);
  assert.equal(hits[0]!.difficulty, '入门');
  assert.equal(hits[0]!.topic, 'T');
});

test('the other-language names of a title count, at a discount', () => {
  const [pv, pvc] = rankHits([result('pv', 10, '什么是持久卷'), result('pvc', 10.5, '什么是 PVC', { aka: '持久卷' })], query('持久卷'));
  assert.equal(pv!.url, '/t/#pv');
  assert.ok(pvc!.score > 10.5 * (1 + TITLE_BOOST * AKA_FACTOR) - 1e-9, 'the aka title still earns its discounted lift');
});

test('among titles that all name the query, the headline that keeps returning to it wins', () => {
  const hits = rankHits([
    result('aspect', 30, '探针参数有哪些', { summary: '参数默认值如下' }),
    result('overview', 24, '有哪几种探针？存活探针和就绪探针', { summary: '三种探针：存活探针、就绪探针、启动探针' }),
  ], query('探针'));
  assert.equal(hits[0]!.url, '/t/#overview');
});

test('a question named by the whole query is lifted by NAME_BOOST over one that says the word more often', () => {
  const usage = result('usage', 17, '如何使用 Ingress（Ingress 控制器、IngressClass）？', { summary: 'Ingress 控制器 Ingress 规则' });
  const what = result('what', 8, '什么是 Ingress？它是如何工作的？');
  const plain = rankHits([usage, what], query('Ingress'));
  const named = rankHits([usage, what], { ...query('Ingress'), named: new Set(['what']) });
  assert.equal(plain[0]!.url, '/t/#usage');
  assert.equal(named[0]!.url, '/t/#what');
  assert.ok(Math.abs(named.find((h) => h.url === '/t/#what')!.score - (1 + NAME_BOOST) * plain.find((h) => h.url === '/t/#what')!.score) < 1e-9);
});

test('without any title match the raw order stands', () => {
  const hits = rankHits([result('a', 1, 'x'), result('b', 2, 'y')], query('zzz'));
  assert.deepEqual(hits.map((h) => h.url), ['/t/#b', '/t/#a']);
});

test('rare query units weigh more than ones every result holds', () => {
  const [kubectl, expose] = unitWeights(['kubectl get', 'kubectl expose', 'kubectl run'], ['kubectl', 'expose']);
  assert.ok(expose! > kubectl!);
  assert.ok(unitWeights(['abc'], ['一句完整的问题'])[0]! > 0, 'a unit no text holds verbatim still counts');
});

test('headline focus counts title mentions twice and caps the count', () => {
  assert.equal(headlineFocus('探针', '', ['探针'], [1]), 2 / FOCUS_CAP);
  assert.equal(headlineFocus('探针'.repeat(FOCUS_CAP), '探针', ['探针'], [1]), 1);
  assert.equal(headlineFocus('', '', ['探针'], [1]), 0);
});

test('questions rank by how much of the query they hold, rare words weighing more', () => {
  // “rare” is held by one question of ten, “common” by five.
  const rare = [{ id: 'a', score: 1 }];
  const common = ['b', 'c', 'd', 'e', 'a'].map((id) => ({ id, score: 5 }));
  const ranked = coverageByTerm([rare, common], 10);
  assert.equal(ranked[0]!.id, 'a');
  assert.equal(ranked[0]!.coverage, 1);
  assert.equal(ranked[0]!.held, 2);
  assert.equal(ranked[0]!.score, 6, 'the summed Pagefind score orders questions holding as much');
  assert.ok(ranked[1]!.coverage < 0.5, 'a common word alone covers less than half of the query');
  assert.deepEqual(coverageByTerm([[], rare], 10), [{ id: 'a', score: 1, coverage: 1, held: 1 }], 'a word nothing holds weighs nothing');
});

test('a word that no likely question is about weighs less than one that titles or aliases hold', () => {
  const restarts = result('restarts', 1, 'Pod 一直重启怎么排查', { aliases: ['pod 重启'] }).data;
  const networks = result('networks', 1, 'CNI 插件怎么选', { summary: '要与机房路由器对接选 Calico', body: '跨机房' }).data;
  assert.deepEqual(topicalShares(['重启', '机房'], [restarts, networks]), [1, INCIDENTAL_SHARE], 'a one-line answer mentioning 机房 does not make it a topic');
  assert.deepEqual(topicalShares(['机房'], [networks]), [1], 'when no word is a topic, all keep their weight');
  const held = topicalShares(['重启', '机房'], [restarts, networks]);
  // 机房 alone is rare, 重启 common: with full weights the network answer would lead.
  const perWord = [[{ id: 'restarts', score: 1 }, ...'abcdef'.split('').map((id) => ({ id, score: 1 }))], [{ id: 'networks', score: 1 }]];
  assert.equal(coverageByTerm(perWord, 20)[0]!.id, 'networks');
  assert.equal(coverageByTerm(perWord, 20, held)[0]!.id, 'restarts');
});

test('rarity falls as more questions hold a word, and is nothing for a word none holds', () => {
  assert.ok(rarity(1, 100) > rarity(10, 100));
  assert.equal(rarity(0, 100), 0);
});

test('an alias that is the query lifts its question above titles that only mention it', () => {
  const hits = rankHits([
    result('mentions', 30, 'Pod 一直 Pending 怎么排查', { body: '起不来' }),
    result('alias', 20, 'Pod 有哪些常见故障', { aliases: ['pod 起不来', 'pod 启动失败'] }),
  ], query('pod', '起不来'));
  assert.equal(hits[0]!.url, '/t/#alias');
});

test('aliases are never shown in the excerpt', () => {
  const [hit] = rankHits([result('a', 1, '标题', { summary: '一句话回答。', aliases: ['读者的说法'] })], query('读者'));
  assert.ok(!hit!.excerpt.map((p) => p.text).join('').includes('读者的说法'));
});

test('a query naming a concept puts the question about that concept above one mentioning it', () => {
  const hits = rankHits([
    result('mention', 30, 'Service 的 ClusterIP、NodePort 和 LoadBalancer 有什么区别？'),
    result('about', 20, 'Service 是什么？为什么需要它？'),
  ], query('Service'));
  assert.equal(hits[0]!.url, '/t/#about');
});

test('concept match: the title or alias must hold the query and be little more than it', () => {
  const units = ['namespace'];
  const naming = namingQuery('namespace');
  assert.ok(conceptMatch(naming, units, [1], '什么是命名空间（Namespace）？', []) > 0.9, 'both names of one concept are all about it');
  assert.equal(conceptMatch(naming, units, [1], 'Pod 是什么？', []), 0, 'a title not holding the query names something else');
  assert.ok(conceptMatch(naming, units, [1], 'Namespace 删除卡住时如何强制清理 finalizer', []) < 0.5);
  assert.ok(queryShare(namingQuery('ipvs'), '为什么用 ipvs') < queryShare(namingQuery('ipvs'), 'ipvs 是什么'), 'asking why is more than the thing itself');
  assert.equal(queryShare(namingQuery('persistent volume'), 'PersistentVolume'), 1);
});

test('a sentence holding a question\'s alias in full lifts that question over one holding a rarer word of the context', () => {
  const hits = rankHits([
    result('context', 20, '机房网络怎么规划', { body: 'pod 机房' }),
    result('alias', 20, 'Pod 常见故障怎么排查', { body: 'pod 一直 重启', aliases: ['pod 一直重启'] }),
  ], { words: ['pod', '机房', '一直', '重启'], optional: [], weights: [0.1, 8, 2, 2] });
  assert.equal(hits[0]!.url, '/t/#alias');
  const naming = namingQuery('pod 机房 一直重启');
  assert.equal(containedAlias(naming, ['pod', '机房', '一直', '重启'], [1, 1, 1, 1], ['pod 一直重启']), 1);
  assert.equal(containedAlias(naming, ['pod', '一直', '重启'], [1, 1, 1], ['pod 一直重启']), 0, 'an alias that is the whole query is a concept match instead');
  assert.equal(containedAlias(naming, ['pod', '机房', '一直', '重启'], [1, 1, 1, 1], ['pod 启动失败']), 0, 'only an alias held in full counts');
});

test('asked how to fix something, the question on fixing it beats the overview holding the same words', () => {
  const results = () => [
    result('states', 20, 'Pod 有哪些状态？', { aliases: ['pod 容器状态 containercreating waiting'] }),
    result('guide', 10, 'Pod 一直 Pending 怎么排查？', { aliases: ['pod containercreating 卡住'] }),
    result('other-guide', 12, '节点 NotReady 怎么排查？'),
  ];
  const words = ['Pod', 'ContainerCreating'];
  assert.deepEqual(rankHits(results(), { words, optional: [], fixing: true }).map((h) => h.url).slice(0, 2), ['/t/#guide', '/t/#states']);
  assert.equal(rankHits(results(), { words, optional: [] })[0]!.url, '/t/#states', 'asked what it is, the overview stays first');
  const other = (fixing: boolean) => rankHits(results(), { words, optional: [], fixing }).find((h) => h.url === '/t/#other-guide')!.score;
  assert.equal(other(true), other(false), 'a guide whose title and aliases hold nothing of the query is not lifted');
  assert.ok(FIXING_BOOST > 0);
});

test('a title about another kind than the one the query names is set back; a Pod in the query rules nothing out', () => {
  const kinds = new Set(['namespace']);
  assert.ok(aboutOtherKind(kinds, 'Pod 一直卡在 Terminating 怎么办？'));
  assert.ok(!aboutOtherKind(kinds, '什么是命名空间（Namespace）？'));
  assert.ok(!aboutOtherKind(kinds, '如何强制删除卡住的资源？'), 'a title naming no kind is not set back');
  assert.ok(!aboutOtherKind(new Set(['serviceaccount']), 'ServiceAccount 的令牌如何挂载？'));
  assert.ok(aboutOtherKind(new Set(['service']), 'ServiceAccount 的令牌如何挂载？'), 'ServiceAccount is not Service');
  assert.ok(!aboutOtherKind(new Set(['node']), 'Pod 间的亲和性与反亲和性怎么用？'), 'Pods run on Nodes: a Pod title is no other kind to a query about Nodes');
  const hits = rankHits([
    result('pod-stuck', 10, 'Pod 一直卡在 Terminating 怎么办？'),
    result('ns', 7, '什么是命名空间（Namespace）？', { aka: 'namespace' }),
  ], { words: ['namespace', 'terminating'], optional: [] });
  assert.equal(hits[0]!.url, '/t/#ns');
  assert.deepEqual([...queryKinds(namingQuery('命名空间 terminating'))], ['namespace'], 'a kind named in Chinese counts by its other names');
  assert.deepEqual([...queryKinds(namingQuery('pod 扩缩容'))], []);
  assert.equal(aboutOtherKind(new Set(), 'Pod 是什么'), false);
});

test('holding a word where Pagefind scores it highest (a title, an alias) counts more than a passing mention', () => {
  // “apiserver” is in one title (score 10) and mentioned in another answer (score 1), which also mentions “崩溃”.
  const apiserver = [{ id: 'title', score: 10 }, { id: 'mention', score: 1 }];
  const crash = [{ id: 'mention', score: 1 }, { id: 'c', score: 4 }, { id: 'd', score: 3 }];
  const ranked = coverageByTerm([apiserver, crash], 10);
  const of = (id: string) => ranked.find((r) => r.id === id)!;
  assert.ok(of('title').coverage > 0 && of('mention').coverage < 1, 'the mention does not cover the query in full');
  const weights = [rarity(2, 10), rarity(3, 10)];
  const expected = (weights[0]! * (MENTION_SHARE + (1 - MENTION_SHARE) * 0.1) + weights[1]! * (MENTION_SHARE + (1 - MENTION_SHARE) * 0.25)) / (weights[0]! + weights[1]!);
  assert.ok(Math.abs(of('mention').coverage - expected) < 1e-9);
  assert.ok(MENTION_SHARE < 1);
});

test('a title naming Nodes in Chinese is not about another kind than a query naming Node', () => {
  assert.ok(!aboutOtherKind(queryKinds(namingQuery('how does the scheduler pick a node')), 'Pod 有哪些常见的调度方式？调度器是怎样选出节点的？'));
});
