import { FILLER_WORDS, LOOSE_CHARACTERS, PARTICLES, QUESTION_WORDS } from '../stop-words.ts';
import { latinWords } from '../latin-words.ts';

/**
 * Turns what a reader typed into what Pagefind is asked.
 *
 * Pagefind requires every query word to occur in a result. Readers type whole questions
 * (“Pod 一直 Pending 怎么办”), and the question words of such a sentence rarely occur in the answer,
 * so they are dropped before searching and ranking.
 */

const CJK = /\p{Script=Han}/u;

/**
 * Width-folds (full-width letters and digits to ASCII), trims and collapses spaces, and drops
 * spaces between Chinese characters: “就绪 探针” and “就绪探针” are the same query.
 */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1');
}

/** Removes question words from Chinese runs; when nothing else is left, keeps the query as typed. */
export function stripQuestionWords(query: string): string {
  const out = query.replace(QUESTION_PATTERN, ' ').replace(/[?？!！。，,、；;：:（）()“”"'‘’]/g, ' ').replace(/\s+/g, ' ').trim();
  return out || query;
}

/** Every question word, longest first, so “怎么办” goes before “怎么”. */
const QUESTION_PATTERN = new RegExp([...QUESTION_WORDS].sort((a, b) => b.length - a.length).join('|'), 'g');

/**
 * Splits a query into units: runs of Chinese characters, and words of letters, digits and the
 * joiners used in identifiers and commands (`port-forward`, `values.yaml`, `--overwrite`).
 */
export function queryUnits(query: string): string[] {
  return normalizeQuery(query).match(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])(?:(?!\p{Script=Han})[\p{L}\p{N}._/-])*/gu) ?? [];
}

/**
 * How much a unit weighs before rarity: a Chinese run by its characters, a Latin word as much as
 * a two-character Chinese word, so “Kubernetes 调度” is not nine parts Kubernetes.
 */
export function unitSize(unit: string): number {
  return CJK.test(unit) ? [...unit].length : 2;
}

function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => chars[i]! + c);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for a Latin word as a whole word, kept: ranking counts the same few words in many texts. */
const wholeWords = new Map<string, RegExp>();
function wholeWord(word: string): RegExp {
  let pattern = wholeWords.get(word);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'gu');
    if (wholeWords.size >= 500) wholeWords.clear();
    wholeWords.set(word, pattern);
  }
  return pattern;
}

/** How often a unit occurs in a text: Chinese runs anywhere, Latin words only as whole words. */
export function unitCount(text: string, unit: string): number {
  return countIn(text.normalize('NFKC').toLowerCase(), unit);
}

/** unitCount on a text already width-folded and lowercased, for counting many units in one long text. */
export function countIn(haystack: string, unit: string): number {
  const u = unit.toLowerCase();
  if (!u) return 0;
  if (CJK.test(u)) return haystack.split(u).length - 1;
  return haystack.match(wholeWord(u))?.length ?? 0;
}

/**
 * How much of the query a title covers, from 0 to 1: Latin words must occur as whole words (or
 * as a part of a camelCase one, as Pagefind indexes them: “volume” in PersistentVolume), Chinese
 * runs count the share of their two-character pieces found in the title, so a reworded question
 * still earns most of its credit. Each unit counts by its weight (by default its size).
 */
export function titleCoverage(title: string, units: string[], weights: number[] = units.map(unitSize)): number {
  const { lower, words, pairs } = textIndex(title);
  let total = 0;
  let covered = 0;
  units.forEach((unit, i) => {
    const u = unit.toLowerCase();
    const weight = weights[i] ?? 0;
    total += weight;
    if (CJK.test(u)) {
      const pieces = bigrams(u);
      const hits = pieces.filter((p) => (p.length === 1 ? lower.includes(p) : pairs.has(p))).length;
      covered += (weight * hits) / pieces.length;
    } else if (words.has(u) || countIn(lower, u) > 0) {
      covered += weight;
    }
  });
  return total ? covered / total : 0;
}

interface TextIndex {
  lower: string;
  words: Set<string>;
  pairs: Set<string>;
}

/**
 * A text folded and split for titleCoverage. Ranking measures the same titles, aliases and query
 * many times over, so the last few hundred are kept.
 */
const indexed = new Map<string, TextIndex>();
function textIndex(text: string): TextIndex {
  let found = indexed.get(text);
  if (!found) {
    const lower = text.normalize('NFKC').toLowerCase();
    const pairs = new Set(bigrams(lower.replace(/[^\p{Script=Han}]+/gu, '|')).filter((b) => !b.includes('|')));
    found = { lower, words: new Set(latinWords(text)), pairs };
    if (indexed.size >= 2000) indexed.clear();
    indexed.set(text, found);
  }
  return found;
}

/** Negations kept in runs of single characters (起不来, 删不掉), but never glued to a word alone. */
const NEGATIONS = new Set(['不']);

/**
 * The word breaker keeps the particle 了 on the verb before it (改了, 删了, 满了); split off, it
 * separates words like any other particle, and the verb is judged on its own.
 */
function splitAspect(token: string): string[] {
  return [...token].length > 1 && token.endsWith('了') ? [token.slice(0, -1), '了'] : [token];
}

/**
 * The words of a query, for searching one at a time and for highlighting on the page a result
 * opens. The browser splits Chinese it has no dictionary entry for into single characters, so
 * they are joined back: two or more in a row make a word (探, 针 → 探针), and one on its own joins
 * the Chinese word before it, or else the one after it (存储, 类 → 存储类). Particles (了, 的 …)
 * and colloquial filler separate words instead, and are dropped, as is any lone character left.
 */
export function searchWords(query: string, segment: (text: string) => string[]): string[] {
  // Identifiers stay whole (set-context, values.yaml); the word breaker would split them.
  const tokens: string[] = queryUnits(query).flatMap((unit) => (CJK.test(unit) ? segment(unit).flatMap(splitAspect) : [unit]));
  const terms: string[] = [];
  let run = '';
  /** Whether the last term is a Chinese word right before the current run, which a lone character can join. */
  let joinable = false;
  let carried = '';
  const endRun = (next?: string) => {
    if ([...run].length > 1) terms.push(run);
    // A negation on its own belongs to a verb (不更新), and glued to a noun (镜像不) it is no word.
    else if (NEGATIONS.has(run)) run = '';
    else if (run && joinable) terms[terms.length - 1] += run;
    else if (run && next) carried = run;
    run = '';
  };
  /** A lone character that may be part of a word the breaker does not know (not a particle). */
  const lone = (t: string | undefined) => t !== undefined && CJK.test(t) && [...t].length === 1 && !PARTICLES.has(t);
  tokens.forEach((token, i) => {
    const han = CJK.test(token);
    const single = [...token].length === 1;
    const loose = single && LOOSE_CHARACTERS.has(token) && !(lone(tokens[i - 1]) && !LOOSE_CHARACTERS.has(tokens[i - 1]!)) && !(lone(tokens[i + 1]) && !LOOSE_CHARACTERS.has(tokens[i + 1]!));
    const boundary = han && (FILLER_WORDS.has(token) || (single && PARTICLES.has(token)) || loose);
    if (boundary) {
      endRun();
      joinable = false;
    } else if (han && [...token].length === 1) {
      run += token;
    } else {
      endRun(han ? token : undefined);
      terms.push(carried + token);
      carried = '';
      joinable = han;
    }
  });
  endRun();
  return [...new Set(terms.filter((t) => [...t].length > 1 && !FILLER_WORDS.has(t)))];
}

/**
 * A long Chinese word cut into two-character parts, the last taking a lone character
 * (监控告警 → 监控 告警, 容器逃逸检测 → 容器 逃逸 检测). The word breaker keeps some compounds whole that
 * the answers only write apart (“监控和告警”).
 */
export function wordParts(word: string): string[] {
  const chars = [...word];
  const parts: string[] = [];
  for (let at = 0; at < chars.length;) {
    const take = chars.length - at === 3 ? 3 : 2;
    parts.push(chars.slice(at, at + take).join(''));
    at += take;
  }
  return parts;
}
