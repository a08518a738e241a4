import { searchWords } from './query.ts';
import { correctedQuery, planQuery, type QueryPlan } from './plan.ts';
import { Vocabulary } from './spelling.ts';
import { coverageByTerm, rankHits, type PagefindData, type QuestionHit, type RankedQuery } from './results.ts';
import { HIGHLIGHT_PARAM } from './highlight.ts';

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
/** Most words searched one by one when no question holds them all. */
const MAX_FALLBACK_WORDS = 6;
/**
 * Below this title match (see results.ts) the best question holding every word is a weak answer:
 * a reader's sentence has added a word that happens to occur in some unrelated answer.
 */
const WEAK_TITLE_MATCH = 0.75;
/** How much of a merged candidate's score comes from Pagefind's score rather than from coverage. */
const SCORE_SHARE = 0.25;

/**
 * Pagefind's ranking. Titles are ranked here from the whole query (see results.ts), so
 * Pagefind's own metadata matching is off: it compares unsegmented Chinese runs and so rewards a
 * title by accident of punctuation.
 */
export const RANKING = { metaWeights: { title: 0, summary: 0, aka: 0, also: 0, aliases: 0, topic: 0 } };

/** Where the build writes the vocabulary (see build/vocabulary.ts). */
export const VOCABULARY_URL = '/pagefind/vocabulary.txt';

let loading: Promise<SearchIndex> | undefined;

async function fetchVocabulary(): Promise<Vocabulary> {
  const response = await fetch(VOCABULARY_URL);
  if (!response.ok) throw new Error(`${VOCABULARY_URL}: HTTP ${response.status}`);
  return Vocabulary.parse(await response.text());
}

/** Loads Pagefind and the vocabulary on first use only, so reading a page costs no search JavaScript. */
export function loadPagefind(): Promise<SearchIndex> {
  const url = '/pagefind/pagefind.js';
  loading ??= Promise.all([
    import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
      await pf.options({ ranking: RANKING });
      await pf.init();
      return pf;
    }),
    fetchVocabulary(),
  ]).then(async ([pagefind, vocabulary]) => ({ pagefind, vocabulary, questions: (await pagefind.search(null)).results.length }));
  loading.catch(() => { loading = undefined; });
  return loading;
}

/** Words as the browser segments them, with split-up Chinese terms joined back (see query.ts). */
export function browserWords(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
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

/**
 * Questions holding any of the words, for when none holds them all (a reader's sentence often has
 * a word the answer does not use). Each word is searched on its own, Chinese as a phrase so that
 * only questions holding it as written count; a question scores by how much of the query it holds,
 * each word weighted by how rare it is, so holding the one rare word beats holding two common ones.
 */
async function anyTermMatches(index: SearchIndex, words: string[], options: { filters: Record<string, string> }): Promise<Map<string, Candidate & { coverage: number }>> {
  const searched = words.slice(0, MAX_FALLBACK_WORDS);
  const perWord = await Promise.all(searched.map((w) => index.pagefind.search(HAN.test(w) ? `"${w}"` : w, options)));
  const byId = new Map(perWord.flatMap((r) => r.results).map((r) => [r.id, r]));
  return new Map(coverageByTerm(perWord.map((r) => r.results), index.questions)
    .map((m) => [m.id, { id: m.id, score: m.score, coverage: m.coverage, data: () => byId.get(m.id)!.data() }]));
}

/** Fetches the data of the strongest candidates and ranks them (see results.ts). */
async function ranked(candidates: Candidate[], query: RankedQuery, words: string[]): Promise<QuestionHit[]> {
  const top = candidates.slice(0, RERANK_DEPTH);
  const data = await Promise.all(top.map((r) => r.data()));
  return rankHits(top.map((r, i) => ({ id: r.id, score: r.score, data: data[i]! })), query, words);
}

/**
 * Candidates from the all-words search and the any-word search, scored together by how much of
 * the query each holds as written (see anyTermMatches), and within that by Pagefind's score. A
 * question the all-words search found may hold a Chinese word only as scattered characters.
 */
function merged(all: Candidate[], any: Map<string, Candidate & { coverage: number }>): Candidate[] {
  const fromAll = all.slice(0, RERANK_DEPTH);
  const seen = new Set(fromAll.map((c) => c.id));
  const fromAny = [...any.values()].filter((c) => !seen.has(c.id)).slice(0, RERANK_DEPTH);
  const best = Math.max(...fromAll.map((c) => c.score), 0);
  const rescored = [
    ...fromAll.map((c) => ({ ...c, score: (any.get(c.id)?.coverage ?? 0) * (1 - SCORE_SHARE + (SCORE_SHARE * c.score) / best) })),
    ...fromAny.map((c) => ({ ...c, score: c.coverage * (1 - SCORE_SHARE) })),
  ];
  return rescored.sort((a, b) => b.score - a.score);
}

/**
 * Searches the questions the way the dialog shows them: the query is planned (filler dropped,
 * abbreviations spelt out, misspellings corrected, see plan.ts), Pagefind finds the questions
 * holding every word, and the strongest are re-ranked by their titles, aliases and one-line
 * answers (see results.ts). When no question holds every word, or none of those that do has a
 * title or alias that covers the query well, questions holding any of the words join in.
 */
export async function findQuestions(index: SearchIndex, query: string, filters: Filters = {}, { exact = false } = {}): Promise<SearchOutcome> {
  const plan: QueryPlan = planQuery(query, index.vocabulary, { exact });
  const corrected = plan.corrections.length ? correctedQuery(query, plan.corrections) : undefined;
  if (!plan.required) return { hits: [], partial: false, corrected };
  const options = { filters: activeFilters(filters) };
  const words = searchWords(plan.required, browserWords);
  const ranking = { required: plan.required, optional: plan.optional };
  const all: Candidate[] = (await index.pagefind.search(plan.required, options)).results;
  let hits = await ranked(all, ranking, words);
  const partial = all.length === 0;
  if (words.length > 1 && (partial || (hits[0]?.titleMatch ?? 0) < WEAK_TITLE_MATCH)) {
    hits = await ranked(merged(all, await anyTermMatches(index, words, options)), ranking, words);
  }
  return { hits: hits.map((h) => ({ ...h, url: withHighlight(h.url, words) })), partial: partial && hits.length > 0, corrected };
}

/** Adds the words to a result's address so the page it opens can highlight them. */
export function withHighlight(url: string, words: string[]): string {
  const target = new URL(url, 'https://handbook.invalid');
  for (const w of words) target.searchParams.append(HIGHLIGHT_PARAM, w);
  return target.href.replace('https://handbook.invalid', '');
}
