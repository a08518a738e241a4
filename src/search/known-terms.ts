import { KUBECTL_SHORT_NAMES } from './synonyms.ts';

/**
 * Terms that say on their own what a long query is about. A reader's sentence (“Pod 一直处于
 * ContainerCreating 状态怎么办”) or a pasted error (“Readiness probe failed: connect: connection
 * refused”) is mostly words every answer holds; the status, kind or field name in it is what the
 * answer must hold, and what the search keeps when it has to choose.
 */

/**
 * Statuses and reasons as kubectl and events print them (Pod phases, container waiting and
 * terminated reasons, node conditions, claim phases, scheduling and mount events), lowercased.
 * Left out are the ones every error message uses as plain English (failed, available, ready,
 * unknown, lost): in a pasted message they name nothing.
 */
export const STATUS_NAMES: ReadonlySet<string> = new Set([
  'pending', 'running', 'succeeded', 'terminating', 'completed', 'evicted', 'preempted',
  'containercreating', 'podinitializing', 'waiting', 'terminated', 'crashloopbackoff', 'imagepullbackoff',
  'errimagepull', 'errimageneverpull', 'invalidimagename', 'createcontainerconfigerror', 'createcontainererror',
  'runcontainererror', 'containerstatusunknown', 'oomkilled', 'backoff', 'notready', 'unschedulable',
  'failedscheduling', 'failedmount', 'failedattachvolume', 'failedcreatepodsandbox', 'nodelost', 'bound',
  'released', 'diskpressure', 'memorypressure', 'pidpressure', 'networkunavailable',
]);

/**
 * Words that only frame a status (“一直处于 X 状态”, “卡在 X”, “变成 X”): when the query names a
 * status they add nothing, and kept, they lift the questions about states in general over the one
 * about that status.
 */
export const STATUS_FRAME_WORDS: ReadonlySet<string> = new Set([
  '状态', '处于', '卡在', '卡住', '停在', '停留', '变成', '变为', '显示', '一直处于', '一直卡',
]);

const KINDS = new Set(Object.values(KUBECTL_SHORT_NAMES).map((k) => k.toLowerCase()));

/** Whether a query word is a status or reason (see STATUS_NAMES), `Init:` prefix and case aside. */
export function isStatus(word: string): boolean {
  return STATUS_NAMES.has(word.toLowerCase().replace(/^init:/, ''));
}

/**
 * How surely a word names what the query is about: 3 for a status, 2 for a kind or an
 * identifier (camelCase, hyphenated, dotted or with digits: restartPolicy, kube-proxy, values.yaml),
 * 1 for a Chinese word, 0 for a plain English word (failed, connection), -1 for numbers (0/3).
 */
export function termStrength(word: string): number {
  if (!/[\p{L}]/u.test(word)) return -1;
  if (isStatus(word)) return 3;
  if (KINDS.has(word.toLowerCase())) return 2;
  if (/\p{Script=Han}/u.test(word)) return 1;
  if (/[a-z][A-Z]|[-._/]|\d/.test(word) || /^[A-Z]{2,}/.test(word)) return 2;
  return 0;
}

/** Drops the words framing a status when the query names one (see STATUS_FRAME_WORDS). */
export function withoutStatusFrame(words: string[]): string[] {
  if (!words.some(isStatus)) return words;
  const kept = words.filter((w) => !STATUS_FRAME_WORDS.has(w));
  return kept.length ? kept : words;
}

/**
 * At most `max` of the words, in the order typed: the strongest terms (see termStrength) when
 * there are too many, so a pasted paragraph is searched for its names rather than its first
 * words; among words as strong, the rarer in the index (`rarity`, 0 to 1, see Vocabulary), since
 * “untolerated” says more than “nodes”.
 */
export function strongestWords(words: string[], max: number, rarity: (word: string) => number | undefined = () => undefined): string[] {
  if (words.length <= max) return words;
  const ranked = words.map((w, i) => ({ i, strength: termStrength(w), rare: rarity(w) ?? 0.5 }));
  ranked.sort((a, b) => b.strength - a.strength || b.rare - a.rare || a.i - b.i);
  const keep = new Set(ranked.slice(0, max).map((x) => x.i));
  return words.filter((_, i) => keep.has(i));
}

/**
 * What readers write when something is broken and they want it fixed (“一直 Pending 怎么办”,
 * “配置不生效”, a pasted “failed … connection refused”). The words themselves are dropped as
 * filler, but they say which kind of question is wanted: the one on fixing it, not the one
 * explaining the states.
 */
const FIXING_CUES = /怎么办|咋办|咋整|怎么解决|如何解决|怎么处理|如何处理|排查|排错|报错|不生效|没生效|起不来|启动不了|一直|老是|总是|卡在|卡住|删不掉|连不上|不通|失败|异常|故障|\b(?:failed|failing|error|errors|refused|timeout|timed out|forbidden|denied|unable|cannot|can't|stuck|insufficient|untolerated|exceeded|expired|invalid|not found|no such|back-off)\b/iu;

/** Whether a query asks how to fix something (see FIXING_CUES). */
export function asksToFix(query: string): boolean {
  return FIXING_CUES.test(query);
}

/** A title asking how to fix something: one of its clauses ends “怎么排查 / 怎么办 / 怎么处理”. */
const FIXING_TITLE = /(?:排查|怎么办|怎么处理)\s*$/u;

/** Whether a question's title is about fixing something (see FIXING_TITLE). */
export function isFixingTitle(title: string): boolean {
  return title.split(/[？?。；;！!]/).some((clause) => FIXING_TITLE.test(clause.trim()));
}

/**
 * Kinds a title may be about, beyond those with a kubectl short name (see KINDS), lowercased.
 * A query naming one kind is seldom answered by a question about another.
 */
const MORE_KINDS = ['pod', 'secret', 'job', 'role', 'clusterrole', 'rolebinding', 'clusterrolebinding', 'endpointslice', 'lease', 'runtimeclass', 'ingressclass'];
const ALL_KINDS = [...KINDS, ...MORE_KINDS];

/**
 * Chinese names of kinds that titles use without the English one: “调度器是怎样选出节点的” is
 * about Nodes as much as a title saying Node. (Other kinds' Chinese names come with their English
 * ones through the title's other-language names, see SYNONYM_GROUPS.)
 */
const CHINESE_KIND_NAMES: Readonly<Record<string, string>> = { 节点: 'node' };

/** The kinds a text names as whole words (ServiceAccount is not Service), lowercased. */
export function kindsNamed(text: string): Set<string> {
  const folded = text.normalize('NFKC').toLowerCase();
  const words = new Set(folded.match(/[a-z0-9]+/g) ?? []);
  const named = ALL_KINDS.filter((k) => words.has(k));
  for (const [name, kind] of Object.entries(CHINESE_KIND_NAMES)) if (folded.includes(name)) named.push(kind);
  return new Set(named);
}

/** The kind a plural names (pods → pod, namespaces → namespace, deployments.apps → deployment), lowercased; undefined for any other word. */
export function singularKind(word: string): string | undefined {
  const bare = word.toLowerCase().replace(/\..*$/, '');
  if (ALL_KINDS.includes(bare)) return undefined;
  return ALL_KINDS.find((k) => bare === `${k}s` || bare === `${k}es` || (k.endsWith('y') && bare === `${k.slice(0, -1)}ies`));
}

/** Whether a word is the name of a kind, singular or plural, with or without its API group (pods, deployments.apps). */
export function isKindName(word: string): boolean {
  return ALL_KINDS.includes(word.toLowerCase().replace(/\..*$/, '')) || singularKind(word) !== undefined;
}
