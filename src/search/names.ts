import { planQuery, type QueryPlan } from './client/plan.ts';
import { queryUnits, stripQuestionWords } from './client/query.ts';

/**
 * The names of a question: what a reader typing just that would want it for. A query that is one of
 * them, whole, is answered by that question (see build/record-names.ts and NAME_BOOST in
 * client/results.ts).
 *
 * Ranking alone cannot do this for the commonest words: “Pod” is in nearly every answer, so
 * Pagefind's first dozen results for it need not hold “什么是 Pod？” at all, and a longer answer that
 * says Ingress more often can outscore “什么是 Ingress？”.
 */

/**
 * The word a name is written as in the names file (see build/record-names.ts): `nm` and seven
 * base-36 digits of the key's 32-bit FNV-1a hash, shorter than most keys and the same in the
 * build and the browser.
 */
export function nameToken(key: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(key)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `nm${hash.toString(36).padStart(7, '0')}`;
}

/**
 * What a question word adds to a name: asking why (为什么用 IPVS is not IPVS itself, see
 * ASKING_MORE in client/results.ts), or how something works (“how does rolling update work” asks
 * what 滚动更新 原理 does, and 原理 counts in the plan).
 */
function askedFor(text: string): string[] {
  const asked: string[] = [];
  if (/为什么|为啥|\bwhy\b/iu.test(text)) asked.push('为什么');
  if (/\bhow\b.*\bworks?\b/iu.test(text)) asked.push('原理');
  return asked;
}

/**
 * How a name and a query are compared: by the words searched for them (see plan.ts), so other
 * question words, filler and particles don't count (“pod 和容器到底啥区别啊” names what “pod 和容器的区别”
 * does), in any order, and case-folded. Only letters and digits are kept within a word, so the
 * key reads the same wherever it is made. `text` is what was planned.
 */
export function planKey(plan: Pick<QueryPlan, 'required' | 'optional'>, text: string): string {
  const words = [...plan.required.split(' '), ...plan.optional, ...askedFor(text)].map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
  return [...new Set(words.filter(Boolean))].sort().join('_');
}

/** The key of a name or query as typed (see planKey); Latin words are taken as written. */
export function nameKey(text: string): string {
  return planKey(planQuery(text), text);
}

/**
 * A title's clauses (“什么是 Pod？为什么……？”). A clause that only names a concept in two languages
 * (“什么是持久卷（PersistentVolume）？”) names it either way; a gloss in passing
 * (“Service 的虚拟 IP（ClusterIP）是如何实现的？”) is not what the question is about.
 */
function titleClauses(title: string): string[] {
  const clauses = title.split(/[？?。；;!！]/).filter((c) => c.trim());
  return clauses.flatMap((c) => {
    const gloss = /^([^（(]*)[（(]([^）)]*)[）)]\s*$/.exec(c);
    if (!gloss) return [c];
    const single = queryUnits(stripQuestionWords(gloss[1]!)).length === 1;
    return single ? [c, gloss[1]!, gloss[2]!] : [c];
  });
}

/** The name keys of a question's title clauses, and those of its aliases. */
export function questionNames(title: string, aliases: readonly string[]): { title: string[]; aliases: string[] } {
  const keys = (texts: string[]) => [...new Set(texts.map(nameKey).filter(Boolean))];
  return { title: keys(titleClauses(title)), aliases: keys([...aliases]) };
}

/**
 * Each question's names that say which question is meant. A name several questions share (two
 * titles asking “它是如何工作的？”) says that no more than any other word does, unless just one of
 * them has it in its title: the question titled “什么是 Pod？” is the one named by “Pod”, not the one
 * whose alias “裸 pod” plans to the same word.
 */
export function distinctNames(questions: readonly { id: string; title: string; aliases: readonly string[] }[]): Map<string, string[]> {
  const named = questions.map((q) => ({ id: q.id, ...questionNames(q.title, q.aliases) }));
  const titled = new Map<string, number>();
  const held = new Map<string, number>();
  for (const q of named) {
    for (const n of q.title) titled.set(n, (titled.get(n) ?? 0) + 1);
    for (const n of new Set([...q.title, ...q.aliases])) held.set(n, (held.get(n) ?? 0) + 1);
  }
  const owns = (n: string, inTitle: boolean) => (inTitle ? titled.get(n) === 1 : held.get(n) === 1);
  return new Map(named.map((q) => [q.id, [...new Set([...q.title.filter((n) => owns(n, true)), ...q.aliases.filter((n) => owns(n, q.title.includes(n)))])]]));
}

/** The names file (see build/record-names.ts) as each name word's Pagefind page ids. */
export function parseNames(text: string): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [token, page] = line.split('\t');
    if (token && page) names.set(token, [...(names.get(token) ?? []), page]);
  }
  return names;
}
