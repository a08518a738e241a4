/**
 * Spelling correction against the vocabulary the build writes (see build/vocabulary.ts).
 * Pagefind has no typo tolerance: it answers an unknown word with whatever shares its first
 * letters, so “deploymnet” would confidently list unrelated questions.
 */

/** Words this short have too many neighbours one edit away (src → svc) to correct with any confidence. */
export const MIN_CORRECTED_LENGTH = 4;

/** The edits allowed for a word: one for words of up to five letters, two for longer ones. */
export function allowedEdits(word: string): number {
  return word.length <= 5 ? 1 : 2;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
 * neighbours), or `max + 1` as soon as it must exceed `max`, so most of the vocabulary costs a
 * length check or a row or two.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** The index's Latin words, most widespread first, with membership checks and corrections. */
export class Vocabulary {
  readonly words: readonly string[];
  private readonly known: Set<string>;
  /** Each word's place in the list: lower is more widespread. */
  private readonly rank = new Map<string, number>();
  /** The words by length, so a correction looks only at lengths within reach. */
  private readonly byLength = new Map<number, string[]>();

  constructor(words: readonly string[]) {
    this.words = words;
    this.known = new Set(words);
    words.forEach((word, i) => {
      this.rank.set(word, i);
      const list = this.byLength.get(word.length) ?? [];
      list.push(word);
      this.byLength.set(word.length, list);
    });
  }

  /** Reads the file the build writes: the number of questions indexed, then one word a line. */
  static parse(text: string): { questions: number; vocabulary: Vocabulary } {
    const [first = '', ...lines] = text.split('\n');
    const questions = Number(first);
    if (!Number.isInteger(questions) || questions < 1) throw new Error(`the vocabulary file should start with the number of questions, not ${JSON.stringify(first)}`);
    return { questions, vocabulary: new Vocabulary(lines.map((w) => w.trim()).filter(Boolean)) };
  }

  has(word: string): boolean {
    return this.known.has(word.toLowerCase());
  }

  /**
   * How rare a listed word is, from 0 (the most widespread) to 1 (the rarest); undefined for a
   * word not listed (Chinese ones among them).
   */
  rarity(word: string): number | undefined {
    const rank = this.rank.get(word.toLowerCase());
    return rank === undefined ? undefined : rank / Math.max(1, this.words.length - 1);
  }

  /**
   * The closest listed word within the allowed edits, preferring the more widespread word on a
   * tie; undefined for a known word, a short one, one with digits, or one with nothing close.
   */
  correct(word: string): string | undefined {
    const w = word.toLowerCase();
    if (this.known.has(w) || w.length < MIN_CORRECTED_LENGTH || !/^[a-z]+$/.test(w)) return undefined;
    const reach = allowedEdits(w);
    let best: string | undefined;
    let bestDistance = reach + 1;
    let bestRank = Infinity;
    for (let length = w.length - reach; length <= w.length + reach; length++) {
      for (const candidate of this.byLength.get(length) ?? []) {
        const d = editDistance(w, candidate, Math.min(bestDistance, reach));
        if (d > reach) continue;
        const rank = this.rank.get(candidate)!;
        if (d < bestDistance || (d === bestDistance && rank < bestRank)) {
          best = candidate;
          bestDistance = d;
          bestRank = rank;
        }
      }
    }
    return best;
  }
}
