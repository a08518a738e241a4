import { unitSize, wordParts } from './query.ts';
import { correctedQuery, planQuery, plannedWords, type QueryPlan } from './plan.ts';
import { Vocabulary } from './spelling.ts';
import { coverageByTerm, rankHits, rarity, topicalShares, type PagefindData, type QuestionHit, type RankedQuery } from './results.ts';
import { HIGHLIGHT_PARAM } from './params.ts';
import { sitePath } from '../../handbook/site-path.ts';
import { strongestWords } from '../known-terms.ts';
import { nameKey, nameToken, parseNames, planKey } from '../names.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/** Pagefind with the vocabulary its index was built with, both fetched on first use. */
export interface SearchIndex {
  pagefind: Pagefind;
  vocabulary: Vocabulary;
  /** Each name word's Pagefind page ids (see build/record-names.ts). */
  names: Map<string, string[]>;
  /** How many questions the index holds: the base of how rare a word is. */
  questions: number;
}

export type Filters = Partial<Record<'topic' | 'difficulty', string>>;

export interface SearchOutcome {
  hits: QuestionHit[];
  /** True when no question holds every word, so every hit matches only some of them. */
  partial: boolean;
  /** The query as searched after spelling correction, when a word was corrected. */
  corrected?: string;
}

/**
 * Results whose data is fetched and re-ranked: a little more than the ten shown. Each costs a
 * fragment download on first sight.
 */
const RERANK_DEPTH = 12;
/** Questions holding some of a query of several words that are ranked: twice the single-word depth. */
const MERGED_DEPTH = 2 * RERANK_DEPTH;
/** Most words searched and ranked: more come only from a pasted paragraph, which keeps its strongest terms (see known-terms.ts). */
const MAX_WORDS = 6;
/** Longest query searched as a phrase too. */
const MAX_PHRASE_WORDS = 3;
/** How much holding the query's words side by side, as typed, lifts a question. */
const PHRASE_BOOST = 0.5;
/** How much of a merged candidate's score comes from Pagefind's score rather than from coverage. */
const SCORE_SHARE = 0.5;

/**
 * Pagefind's ranking. Titles are ranked here from the whole query (see results.ts), so
 * Pagefind's own metadata matching is off: it compares unsegmented Chinese runs and so rewards a
 * title by accident of punctuation.
 */
export const RANKING = { metaWeights: { title: 0, summary: 0, aka: 0, also: 0, aliases: 0, topic: 0 } };

/** The Pagefind bundle's folder under the site's base path. */
const PAGEFIND_DIR = sitePath('/pagefind/');
/** Where the build writes the vocabulary (see build/vocabulary.ts). */
export const VOCABULARY_URL = `${PAGEFIND_DIR}vocabulary.txt`;
/** Where the build writes the questions' names (see build/record-names.ts). */
export const NAMES_URL = `${PAGEFIND_DIR}names.txt`;

let loading: Promise<SearchIndex> | undefined;

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** Loads Pagefind, the vocabulary and the names on first use only, so reading a page costs no search JavaScript. */
export function loadPagefind(): Promise<SearchIndex> {
  const url = `${PAGEFIND_DIR}pagefind.js`;
  loading ??= Promise.all([
    import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
      await pf.options({ ranking: RANKING });
      await pf.init();
      return pf;
    }),
    fetchText(VOCABULARY_URL).then((text) => Vocabulary.parse(text)),
    fetchText(NAMES_URL).then(parseNames),
  ]).then(([pagefind, words, names]) => ({ pagefind, ...words, names }));
  loading.catch(() => { loading = undefined; });
  return loading;
}

function activeFilters(filters: Filters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
}

const HAN = /\p{Script=Han}/u;

interface Candidate {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

/** Fewer questions than this holding a long word as written, and its parts are searched too. */
const FEW_HOLDERS = 3;

/**
 * The questions holding a word as written, with Pagefind's score for it. Pagefind matches a
 * Chinese word it has no entry for by its characters anywhere in the text (挂掉时 in 73 answers),
 * so a word longer than two characters is searched as a phrase, which only finds it as written.
 */
async function holding(pf: Pagefind, word: string, options: { filters: Record<string, string> }): Promise<PagefindResult[]> {
  const long = HAN.test(word) && [...word].length > 2;
  const found = (await pf.search(long ? `"${word}"` : word, options)).results;
  return withParts(pf, word, found, options);
}

/**
 * When few questions hold a Chinese word of four or more characters, those holding all its parts
 * (see wordParts) follow them, scored below them.
 */
async function withParts(pf: Pagefind, word: string, found: PagefindResult[], options: { filters: Record<string, string> }): Promise<PagefindResult[]> {
  if (!HAN.test(word) || [...word].length < 4 || found.length >= FEW_HOLDERS) return found;
  const seen = new Set(found.map((r) => r.id));
  const byParts = (await pf.search(wordParts(word).join(' '), options)).results.filter((r) => !seen.has(r.id));
  const ceiling = Math.min(...found.map((r) => r.score)) / 2;
  const top = Math.max(...byParts.map((r) => r.score));
  const scale = found.length && top > ceiling ? ceiling / top : 1;
  return [...found, ...byParts.map((r) => ({ ...r, score: r.score * scale }))];
}

/**
 * One search per word (see holding): which questions hold each word, and how rare each word is.
 * A question scores by how much of the query it holds, each word weighted by its rarity, so
 * holding the one rare word beats holding two common ones.
 */
async function perWordMatches(index: SearchIndex, words: string[], options: { filters: Record<string, string> }) {
  const perWord = await Promise.all(words.map((w) => holding(index.pagefind, w, options)));
  const byId = new Map(perWord.flatMap((r) => r).map((r) => [r.id, r]));
  // Each question's data is fetched once, whether for weighing the words or for ranking.
  const fetched = new Map<string, Promise<PagefindData>>();
  const data = (id: string) => fetched.get(id) ?? fetched.set(id, byId.get(id)!.data()).get(id)!;
  const scored = (shares?: number[]) => coverageByTerm(perWord, index.questions, shares)
    .map((m) => ({ ...m, data: () => data(m.id) }));
  // The words the likeliest questions are about count in full, the others only in part (see topicalShares).
  const asHeld = scored();
  const likeliest = await Promise.all(asHeld.slice(0, MERGED_DEPTH).map((m) => m.data()));
  const shares = topicalShares(words, likeliest);
  // Most queries name only what questions are about, and then the order stands as it is.
  const matches = shares.every((s) => s === 1) ? asHeld : scored(shares);
  return { matches, rarity: perWord.map((r, i) => rarity(r.length, index.questions) * shares[i]!) };
}

/**
 * The page ids of the questions one of whose names (see names.ts) is the query, whole: with its
 * misspellings corrected, or as typed (a name may keep a common misspelling). The query is planned
 * again as typed only when the vocabulary changed it: otherwise both plans hold the same words.
 */
function namedPages(index: SearchIndex, typed: string, plan: QueryPlan): Set<string> {
  const changed = plan.corrections.length > 0 || plan.unknown.length > 0;
  const keys = new Set([planKey(plan, typed), changed ? nameKey(typed) : '']);
  return new Set([...keys].filter(Boolean).flatMap((k) => index.names.get(nameToken(k)) ?? []));
}

/**
 * The candidates with the named questions added from all the results found (`found`, not just
 * the best of them: “Pod” is in nearly every answer). Each scores as the best candidate does, and
 * ranking lifts it (see NAME_BOOST in results.ts).
 */
function withNamed(candidates: Candidate[], found: Candidate[], named: Set<string>): Candidate[] {
  const have = new Set(candidates.map((c) => c.id));
  const best = Math.max(1e-6, ...candidates.map((c) => c.score));
  const extra = found.filter((f) => named.has(f.id) && !have.has(f.id)).map((f) => ({ id: f.id, score: best, data: f.data }));
  return [...candidates, ...extra];
}

/** Fetches the data of the candidates and ranks them (see results.ts). */
async function ranked(candidates: Candidate[], query: RankedQuery): Promise<QuestionHit[]> {
  const data = await Promise.all(candidates.map((r) => r.data()));
  return rankHits(candidates.map((r, i) => ({ id: r.id, score: r.score, data: data[i]! })), query, RERANK_DEPTH);
}

/**
 * The questions holding most of the query, scored by how much of it each holds (see
 * perWordMatches) and within that by Pagefind's score. One that holds the words side by side,
 * as typed (“helm rollback”), is lifted.
 */
function candidates(matches: (Candidate & { coverage: number })[], phrase: Set<string>): Candidate[] {
  const top = matches.slice(0, MERGED_DEPTH);
  const best = Math.max(...top.map((c) => c.score));
  return top.map((c) => ({
    ...c,
    score: c.coverage * (1 - SCORE_SHARE + (SCORE_SHARE * c.score) / best) * (phrase.has(c.id) ? 1 + PHRASE_BOOST : 1),
  }));
}

/**
 * Searches the questions the way the dialog shows them: the query is planned (filler dropped,
 * abbreviations spelt out, misspellings corrected, see plan.ts); Pagefind finds the questions
 * holding each word; and those holding most of the query are ranked by how much of it they hold,
 * by their titles, aliases and one-line answers (see results.ts). A reader's sentence often has a
 * word no answer uses, so a question need not hold every word.
 */
export async function findQuestions(index: SearchIndex, query: string, filters: Filters = {}, { exact = false } = {}): Promise<SearchOutcome> {
  const plan: QueryPlan = planQuery(query, index.vocabulary, { exact });
  const corrected = plan.corrections.length ? correctedQuery(query, plan.corrections) : undefined;
  if (!plan.required) return { hits: [], partial: false, corrected };
  const options = { filters: activeFilters(filters) };
  const words = strongestWords(plannedWords(plan), MAX_WORDS, (w) => index.vocabulary.rarity(w));
  const highlighted = (hits: QuestionHit[]) => hits.map((h) => ({ ...h, url: withHighlight(h.url, words) }));
  const named = namedPages(index, query, plan);
  if (words.length < 2) {
    const asTyped = (await index.pagefind.search(plan.required, options)).results;
    const all = await withParts(index.pagefind, plan.required, asTyped, options);
    const hits = await ranked(withNamed(all.slice(0, RERANK_DEPTH), all, named), { words, optional: plan.optional, fixing: plan.fixing, named });
    return { hits: highlighted(hits), partial: false, corrected };
  }
  // Side by side matters for a short query of names (“helm rollback”); a sentence is seldom found as typed.
  const asTyped = words.length > MAX_PHRASE_WORDS ? Promise.resolve(new Set<string>())
    : index.pagefind.search(`"${plan.required}"`, options).then((r) => new Set(r.results.map((c) => c.id)));
  const [each, phrase] = await Promise.all([perWordMatches(index, words, options), asTyped]);
  const weights = words.map((w, i) => each.rarity[i]! ** 2 * unitSize(w));
  const hits = await ranked(withNamed(candidates(each.matches, phrase), each.matches, named), { words, optional: plan.optional, weights, fixing: plan.fixing, named });
  const partial = !each.matches.some((m) => m.held === words.length);
  return { hits: highlighted(hits), partial: partial && hits.length > 0, corrected };
}

/** Adds the words to a result's address so the page it opens can highlight them. */
export function withHighlight(url: string, words: string[]): string {
  const target = new URL(url, 'https://handbook.invalid');
  for (const w of words) target.searchParams.append(HIGHLIGHT_PARAM, w);
  return target.href.replace('https://handbook.invalid', '');
}
