import { normalizeQuery, queryUnits, stripQuestionWords, searchWords, unitCount } from './query.ts';
import { mergeByWord, rankHits, type PagefindData, type QuestionHit } from './results.ts';
import { HIGHLIGHT_PARAM } from './highlight.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

export type Filters = Partial<Record<'topic' | 'difficulty', string>>;

export interface SearchOutcome {
  hits: QuestionHit[];
  /** True when no question holds every word, so every hit matches only some of them. */
  partial: boolean;
}

/**
 * Results whose data is fetched and re-ranked: a little more than the ten shown. Each costs a
 * fragment download on first sight; the query suite ranks the same from 8 to 30.
 */
const RERANK_DEPTH = 12;
/** Most words searched one by one when no question holds them all. */
const MAX_FALLBACK_WORDS = 6;

/**
 * Pagefind's ranking. Titles are ranked here from the whole query (see search-results.ts), so
 * Pagefind's own metadata matching is off: it compares unsegmented Chinese runs and so rewards a
 * title by accident of punctuation.
 */
export const RANKING = { metaWeights: { title: 0, summary: 0, aka: 0, also: 0, topic: 0 } };

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind on first use only, so reading a page costs no search JavaScript. */
export function loadPagefind(): Promise<Pagefind> {
  const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
  loading ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.options({ ranking: RANKING });
    await pf.init();
    return pf;
  });
  loading.catch(() => { loading = undefined; });
  return loading;
}

/** Words as the browser segments them, with split-up Chinese terms joined back (see search-query.ts). */
export function browserWords(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

function activeFilters(filters: Filters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
}

/**
 * Questions holding at least half of the words, from one search per word, for when no question
 * holds them all (a reader's sentence often has a word the answer does not use). A question scores
 * the sum of its per-word scores.
 */
async function partialMatches(pf: Pagefind, words: string[], options: { filters: Record<string, string> }): Promise<PagefindResult[]> {
  const searched = words.slice(0, MAX_FALLBACK_WORDS);
  const perWord = await Promise.all(searched.map((w) => pf.search(w, options)));
  const byId = new Map(perWord.flatMap((r) => r.results).map((r) => [r.id, r]));
  return mergeByWord(perWord.map((r) => r.results))
    .filter((m) => m.matched >= 2 && m.matched * 2 >= searched.length)
    .map((m) => ({ id: m.id, score: m.score, data: () => byId.get(m.id)!.data() }));
}

/** Whether a text holds at least two of the words, and at least half of them, as written. */
function holdsEnough(content: string, words: string[]): boolean {
  const held = words.slice(0, MAX_FALLBACK_WORDS).filter((w) => unitCount(content, w) > 0).length;
  return held >= 2 && held * 2 >= Math.min(words.length, MAX_FALLBACK_WORDS);
}

/**
 * Searches the questions the way the dialog shows them: Pagefind finds the questions holding every
 * word (or, failing that, most of them), and the strongest are re-ranked by their titles and
 * one-line answers (see search-results.ts).
 */
export async function findQuestions(pf: Pagefind, query: string, filters: Filters = {}): Promise<SearchOutcome> {
  const asked = stripQuestionWords(normalizeQuery(query));
  const options = { filters: activeFilters(filters) };
  const words = searchWords(asked, browserWords);
  let results = (await pf.search(asked, options)).results;
  const partial = results.length === 0 && words.length > 1;
  if (partial) results = await partialMatches(pf, words, options);
  const top = results.slice(0, RERANK_DEPTH);
  const data = await Promise.all(top.map((r) => r.data()));
  let scored = top.map((r, i) => ({ id: r.id, score: r.score, data: data[i]! }));
  // Pagefind answers a word it does not know with its nearest short prefix (“img” finds “i”), so a
  // partial match must really hold its words.
  if (partial) scored = scored.filter((r) => holdsEnough(r.data.content, words));
  const hits = rankHits(scored, queryUnits(asked), words);
  return { hits: hits.map((h) => ({ ...h, url: withHighlight(h.url, words) })), partial: partial && hits.length > 0 };
}

/** Adds the words to a result's address so the page it opens can highlight them. */
export function withHighlight(url: string, words: string[]): string {
  const target = new URL(url, 'https://handbook.invalid');
  for (const w of words) target.searchParams.append(HIGHLIGHT_PARAM, w);
  return target.href.replace('https://handbook.invalid', '');
}
