import { countIn, normalizeQuery, queryUnits, stripQuestionWords, titleCoverage, unitCount, unitSize } from './query.ts';
import { otherNames } from '../synonyms.ts';
import { isFixingTitle, kindsNamed } from '../known-terms.ts';
import { excerptPieces, type ExcerptPiece } from './safe-excerpt.ts';

/** The parts of Pagefind's result data the dialog uses; each result is one question (see build/records.ts). */
export interface PagefindData {
  url: string;
  content: string;
  /**
   * `aka` and `also`: the hidden other-language names of the title's and the answer's concepts;
   * `aliases`: the hidden phrasings readers use for the question (frontmatter `aliases`).
   */
  meta: { title?: string; summary?: string; topic?: string; aka?: string; also?: string; aliases?: string };
  filters?: Record<string, string[]>;
}

export interface ScoredResult {
  id: string;
  score: number;
  data: PagefindData;
}

export interface QuestionHit {
  title: string;
  topic: string;
  difficulty: string;
  url: string;
  excerpt: ExcerptPiece[];
  score: number;
}

/**
 * How much a title that holds the whole query lifts a result. Pagefind scores words one by one and
 * cannot see that 就绪探针 is a phrase in one title but two scattered words in another; the title
 * says what a question is about, so covering the query there is the strongest signal of a match.
 * With a dozen aliases to each question (see `named` in rankHits), it outweighs an overview holding
 * the words only in its body.
 */
export const TITLE_BOOST = 2;

/**
 * A title's other-language names (meta `aka`) count for less than its own words: a title that
 * mentions PV in passing gets the name 持久卷 too, but is not about it the way “什么是持久卷” is.
 */
export const AKA_FACTOR = 0.75;

/**
 * How much a headline (title and one-line answer) that keeps returning to the query lifts a result.
 * Pagefind saturates term counts, so among questions whose titles all name 探针 its order is noise;
 * the overview that names it in every line of its headline is the one a reader wants first.
 * The suite scores the same from 1 to 2 (cap 8 to 12); 2 and 12 leave the widest margin on 探针,
 * where a long overview answer otherwise trails a shorter neighbour on Pagefind's score alone.
 */
export const FOCUS_BOOST = 2;
/** Mentions counted per unit: a title mention counts twice, one in the one-line answer once. */
export const FOCUS_CAP = 12;

/**
 * What a query is ranked by: the words Pagefind was asked for, as the browser segments them, and
 * the words that only count in ranking (see plan.ts).
 */
export interface RankedQuery {
  words: string[];
  optional: string[];
  /** Each word's weight, from its rarity in the whole index; by default from the results (see unitWeights). */
  weights?: number[];
  /** Whether the reader asks how to fix something (see plan.ts): questions on fixing things are lifted. */
  fixing?: boolean;
  /** The results one of whose names is the query, whole (see names.ts). */
  named?: ReadonlySet<string>;
}

/**
 * How much a question whose name is the query, whole, is lifted (see names.ts): a title clause or
 * alias that is exactly what the reader typed says which question is meant more surely than any
 * count of words does.
 */
export const NAME_BOOST = 2;

/**
 * How much a question on fixing something (“…怎么排查？”) is lifted when the reader asks how to fix
 * something. “Pod 一直处于 ContainerCreating 怎么办” names a state, and the overview of states
 * holds the state's name as surely as the troubleshooting guide does; the reader's “一直 … 怎么办”
 * says which of the two is wanted.
 */
export const FIXING_BOOST = 1;

/**
 * What is left of a result whose title names kinds, none of them one the query names: asked about
 * a Namespace stuck in Terminating, the question on a Pod stuck in Terminating holds the state
 * and the verbs, but is about another object.
 */
export const OTHER_KIND_FACTOR = 0.6;

/** The kinds a query names (see namingQuery), but Pod: nearly every question is about Pods somehow, so a Pod in the query rules no title out. */
export function queryKinds(naming: string): Set<string> {
  return new Set([...kindsNamed(naming)].filter((k) => k !== 'pod'));
}

/**
 * Whether a title (with its other-language names) is about kinds the query does not name at all.
 * Pods run on Nodes, so a query naming a Node is as often about placing Pods: asked to keep two Pods
 * off the same 节点, the question on Pod anti-affinity is the answer, and its Pod is no other kind.
 */
export function aboutOtherKind(queryKinds: Set<string>, title: string): boolean {
  if (!queryKinds.size) return false;
  const titled = [...kindsNamed(title)].filter((k) => !(k === 'pod' && queryKinds.has('node')));
  return titled.length > 0 && !titled.some((k) => queryKinds.has(k));
}

/** How rare a word held by `df` of `questions` questions is: log(1 + N / df), and 0 for a word none holds. */
export function rarity(df: number, questions: number): number {
  return df ? Math.log(1 + Math.max(questions, df) / df) : 0;
}

/** How much a word that only counts in ranking (原理, k8s) weighs against a required one. */
export const OPTIONAL_WEIGHT = 0.3;

/**
 * Weighs each query unit by how rare it is among the results (and by its length): “kubectl” in
 * every answer says little, “expose” in two says a lot. A unit no answer holds verbatim (a whole
 * typed sentence) counts as rare; titles can still cover it in part.
 */
export function unitWeights(contents: string[], units: string[]): number[] {
  const folded = contents.map((c) => c.normalize('NFKC').toLowerCase());
  return units.map((u) => {
    const df = Math.max(1, folded.filter((c) => countIn(c, u) > 0).length);
    return Math.log(1 + contents.length / df) * unitSize(u);
  });
}

/** The share of the query a headline keeps returning to, from 0 to 1 (see FOCUS_BOOST). */
export function headlineFocus(title: string, summary: string, units: string[], weights: number[]): number {
  let total = 0;
  let focus = 0;
  units.forEach((u, i) => {
    const w = weights[i] ?? 0;
    total += w;
    focus += (w * Math.min(FOCUS_CAP, 2 * unitCount(title, u) + unitCount(summary, u))) / FOCUS_CAP;
  });
  return total ? focus / total : 0;
}

/**
 * How much a title that is about just what the query names lifts a result. A query that is only
 * a concept's name (“Service”, “k8s”) is covered by every title that mentions it; the question
 * whose title is that name and little else (“Service 是什么？”) is the one meant.
 */
export const CONCEPT_BOOST = 2;
/**
 * Aliases name the question as readers do, and a title's other-language names name its concepts;
 * a match there counts nearly as much as the title.
 */
export const ALIAS_FACTOR = 0.9;

/**
 * Question words ask nothing about what a title or alias is about, so they are left out when
 * measuring how much of it a query holds, except those asking for a reason (为什么用 IPVS is
 * not IPVS itself).
 */
const ASKING_MORE = ['为什么', '为啥'];

/** Connectives between the names in a title (的, 与 …), which say nothing about what it is about. */
const CONNECTIVES = /^[的与和及或跟同之]$/u;

/**
 * The query as it names things, for queryShare: “persistent volume” names PersistentVolume as
 * much as “persistentvolume” does, and a title naming its concept in both languages
 * (“命名空间（Namespace）”) is all about “namespace”.
 */
export function namingQuery(query: string): string {
  const joined = query.replace(/([\p{L}\p{N}]) (?=[\p{L}\p{N}])/gu, '$1');
  return `${query} ${joined} ${otherNames(query).join(' ')}`;
}

/** The units of a title or alias that say what it is about: without question words (but keeping 为什么) or connectives. */
function topicUnits(text: string): string[] {
  const kept = ASKING_MORE.reduce((t, w, i) => t.split(w).join(`\u0000${i}\u0000`), text);
  const stripped = stripQuestionWords(kept).replace(/\u0000(\d)\u0000/g, (_, i: string) => ` ${ASKING_MORE[Number(i)]} `);
  return queryUnits(stripped).filter((u) => !CONNECTIVES.test(u));
}

/** The share of `text` (see topicUnits) that the query (see namingQuery) holds, from 0 to 1. */
export function queryShare(naming: string, text: string): number {
  return titleCoverage(naming, topicUnits(text));
}

/**
 * How well a title and the query name the same thing, from 0 to 1: how much of the query the
 * title holds times how much of the title the query holds, raised to powers so that only a close
 * match counts for much, and a title missing part of the query least. An alias counts as a title,
 * at a discount. `naming` is the query as namingQuery gives it.
 */
export function conceptMatch(naming: string, units: string[], weights: number[], title: string, aliases: string[]): number {
  const match = (text: string) => {
    const holds = titleCoverage(text, units, weights);
    return holds ? holds ** 4 * queryShare(naming, text) ** 2 : 0;
  };
  // A title often asks two things (“Helm 是什么？Helm 3 为什么去掉了 Tiller？”); either may be the one meant.
  const clauses = title.split(/[？?。；;!！]/).filter((c) => c.trim());
  return Math.max(match(title), ...clauses.map(match), ...aliases.map((a) => ALIAS_FACTOR * match(a)));
}

/**
 * How much a question whose alias the query holds in full lifts it. A reader's sentence is often
 * the phrasing readers use for a question plus some context (“我的 pod 在机房停电后一直重启” holds
 * “pod 一直重启”); a rare word of the context would otherwise outweigh it.
 */
export const CONTAINED_BOOST = 1;
/** An alias this size (a two-character Chinese word counts 2, a Latin word 2) counts in full; a shorter one in part. */
const FULL_ALIAS_SIZE = 4;
/** Held “in full”: all but a stray character of the alias. */
const FULL_SHARE = 0.85;

/**
 * How fully the query holds one of the aliases, scaled by the alias's size, from 0 to 1. Only
 * aliases that leave part of the query over count: one that is the whole query is a concept
 * match (see conceptMatch).
 */
export function containedAlias(naming: string, units: string[], weights: number[], aliases: string[]): number {
  return Math.max(0, ...aliases.map((a) => {
    if (titleCoverage(a, units, weights) >= 1) return 0;
    const topic = topicUnits(a);
    const share = titleCoverage(naming, topic);
    if (share < FULL_SHARE) return 0;
    const size = topic.reduce((n, u) => n + unitSize(u), 0);
    return share * Math.min(1, size / FULL_ALIAS_SIZE);
  }));
}

/**
 * Orders Pagefind's results by their score lifted by how much of the query each title covers
 * (counting the title's names in the other language and its aliases at a discount), by how
 * focused each headline is on it, and by how closely a title or alias names what the query names.
 * `query` is the planned query (see plan.ts); `words` are marked in the excerpts.
 */
export function rankHits(results: ScoredResult[], query: RankedQuery, limit = Infinity): QuestionHit[] {
  const { words } = query;
  const units = [...words, ...query.optional];
  const required = query.weights ?? unitWeights(results.map((r) => r.data.content), words);
  // A ranking-only word weighs a share of an average required word, whatever its own rarity.
  const average = required.reduce((a, b) => a + b, 0) / Math.max(1, required.length);
  const weights = [...required, ...query.optional.map(() => OPTIONAL_WEIGHT * average)];
  // The query as one text again (“标签 选择器” → 标签选择器), for how much of a title it holds.
  const naming = namingQuery(normalizeQuery(units.join(' ')));
  const kinds = queryKinds(naming);
  const scored = results.map((r) => {
    const { meta } = r.data;
    const title = meta.title ?? '';
    const own = titleCoverage(title, units, weights);
    const names = [meta.aka, meta.aliases].filter(Boolean).join(' ');
    const named = names ? AKA_FACTOR * titleCoverage(`${title} ${names}`, units, weights) : 0;
    const focus = headlineFocus(title, meta.summary ?? '', units, weights);
    const aliases = (meta.aliases ?? '').split('；').filter(Boolean);
    const concept = conceptMatch(naming, units, weights, title, [...aliases, ...(meta.aka ?? '').split('；').filter(Boolean)]);
    const contained = containedAlias(naming, units, weights, aliases);
    const titled = Math.max(own, named);
    // Only as far as the title and aliases hold the query: any troubleshooting guide is not the one meant.
    const fix = query.fixing && isFixingTitle(title) ? 1 + FIXING_BOOST * titled : 1;
    const kind = aboutOtherKind(kinds, `${title} ${meta.aka ?? ''}`) ? OTHER_KIND_FACTOR : 1;
    const name = query.named?.has(r.id) ? 1 + NAME_BOOST : 1;
    const score = name * kind * fix * r.score * (1 + TITLE_BOOST * titled) * (1 + FOCUS_BOOST * focus) * (1 + CONCEPT_BOOST * concept) * (1 + CONTAINED_BOOST * contained ** 2);
    return { r, score };
  });
  // Excerpts cost the most to cut, so only the results kept get one.
  return scored.sort((a, b) => b.score - a.score).slice(0, limit).map(({ r, score }) => ({
    title: r.data.meta.title ?? '',
    topic: r.data.meta.topic ?? '',
    difficulty: r.data.filters?.difficulty?.[0] ?? '',
    url: r.data.url,
    excerpt: excerptPieces(r.data.content, r.data.meta.title ?? '', [r.data.meta.aka ?? '', r.data.meta.also ?? '', r.data.meta.aliases ?? ''], words),
    score,
  }));
}

/**
 * How much holding a word counts when it is only mentioned (in the body, once): a share of what
 * holding it where Pagefind scores it highest (a title, an alias) counts. A question whose title
 * names the query's rare word is about it; one mentioning it and a common word in passing is not.
 */
export const MENTION_SHARE = 0.7;

/**
 * Scores questions from one search per word by how much of the query each holds, each word
 * weighted by how rare it is among the `questions` (log(1 + N / df)); a word no question holds
 * weighs nothing, since nothing could make up for it. Each word counts in full for the questions
 * holding it as strongly as any (by Pagefind's score for that word alone) and down to
 * MENTION_SHARE for a passing mention. `score` is the summed Pagefind score, which orders questions
 * holding as much; `held` counts the words a question holds. `shares` scales each word's weight
 * (see topicalShares).
 */
export function coverageByTerm(perWord: { id: string; score: number }[][], questions: number, shares: number[] = []): { id: string; score: number; coverage: number; held: number }[] {
  const weights = perWord.map((r, i) => rarity(r.length, questions) * (shares[i] ?? 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const byId = new Map<string, { covered: number; score: number; held: number }>();
  perWord.forEach((results, i) => {
    const top = Math.max(0, ...results.map((r) => r.score));
    for (const r of results) {
      const t = byId.get(r.id) ?? { covered: 0, score: 0, held: 0 };
      const strength = top > 0 ? MENTION_SHARE + (1 - MENTION_SHARE) * (r.score / top) : 1;
      byId.set(r.id, { covered: t.covered + weights[i]! * strength, score: t.score + r.score, held: t.held + 1 });
    }
  });
  return [...byId]
    .map(([id, t]) => ({ id, coverage: total ? t.covered / total : 0, score: t.score, held: t.held }))
    .sort((a, b) => b.coverage - a.coverage || b.score - a.score);
}

/**
 * What is left of the weight of a query word that no likely question is about. In “Pod 在机房停电后
 * 一直重启” the rare 机房 only turns up in passing, in answers about networks; rarity alone would
 * make it the heart of the query and put those answers first, when the reader is asking about the
 * restarts and only says where they happened.
 */
export const INCIDENTAL_SHARE = 0.3;

/**
 * Each word's share of its weight (see INCIDENTAL_SHARE): 1 for a word that some question's title,
 * aliases or other-language names hold, less for one the questions hold only in their answers
 * (the one-line answer too: it answers, and names things in passing). When no word is in any
 * title or alias, all keep their weight.
 */
export function topicalShares(words: string[], questions: PagefindData[]): number[] {
  const headlines = questions.map(({ meta }) => [meta.title, meta.aliases, meta.aka].join(' ').normalize('NFKC').toLowerCase());
  const topical = words.map((w) => headlines.some((h) => countIn(h, w) > 0));
  return topical.some(Boolean) ? topical.map((t) => (t ? 1 : INCIDENTAL_SHARE)) : words.map(() => 1);
}
