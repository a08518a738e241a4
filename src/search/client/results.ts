import { titleCoverage, unitCount } from './query.ts';
import { excerptPieces, type ExcerptPiece } from './safe-excerpt.ts';

/** The parts of Pagefind's result data the dialog uses; each result is one question (see search-records.ts). */
export interface PagefindData {
  url: string;
  content: string;
  /** `aka` and `also`: the hidden other-language names of the title's and the answer's concepts. */
  meta: { title?: string; summary?: string; topic?: string; aka?: string; also?: string };
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
 */
export const TITLE_BOOST = 1.5;

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
 * Weighs each query unit by how rare it is among the results (and by its length): “kubectl” in
 * every answer says little, “expose” in two says a lot. A unit no answer holds verbatim (a whole
 * typed sentence) counts as rare; titles can still cover it in part.
 */
export function unitWeights(contents: string[], units: string[]): number[] {
  return units.map((u) => {
    const df = Math.max(1, contents.filter((c) => unitCount(c, u) > 0).length);
    return Math.log(1 + contents.length / df) * [...u].length;
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
 * Orders Pagefind's results by their score lifted by how much of the query each title covers
 * (counting the title's names in the other language at a discount) and by how focused each
 * headline is on it.
 */
export function rankHits(results: ScoredResult[], units: string[], words: string[]): QuestionHit[] {
  const weights = unitWeights(results.map((r) => r.data.content), units);
  return results
    .map((r) => {
      const title = r.data.meta.title ?? '';
      const own = titleCoverage(title, units, weights);
      const named = r.data.meta.aka ? AKA_FACTOR * titleCoverage(`${title} ${r.data.meta.aka}`, units, weights) : 0;
      const focus = headlineFocus(title, r.data.meta.summary ?? '', units, weights);
      return {
        title,
        topic: r.data.meta.topic ?? '',
        difficulty: r.data.filters?.difficulty?.[0] ?? '',
        url: r.data.url,
        excerpt: excerptPieces(r.data.content, title, [r.data.meta.aka ?? '', r.data.meta.also ?? ''], words),
        score: r.score * (1 + TITLE_BOOST * Math.max(own, named)) * (1 + FOCUS_BOOST * focus),
      };
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * Merges the results of one search per word: a question scores the sum of its per-word scores and
 * records how many of the words it holds.
 */
export function mergeByWord(perWord: { id: string; score: number }[][]): { id: string; score: number; matched: number }[] {
  const total = new Map<string, { score: number; matched: number }>();
  for (const results of perWord) {
    for (const r of results) {
      const t = total.get(r.id) ?? { score: 0, matched: 0 };
      total.set(r.id, { score: t.score + r.score, matched: t.matched + 1 });
    }
  }
  return [...total].map(([id, t]) => ({ id, ...t })).sort((a, b) => b.score - a.score);
}
