import { normalizeQuery, searchWords, stripQuestionWords } from './query.ts';
import { expandShortName, readerPhrasesIn, rewriteReaderPhrases } from '../synonyms.ts';
import { ENGLISH_STOP_WORDS, LOG_FRAME_WORDS, SITE_WORDS, SOFT_WORDS } from '../stop-words.ts';
import { asksToFix, isKindName, isStatus, singularKind, withoutStatusFrame } from '../known-terms.ts';
import type { Vocabulary } from './spelling.ts';

/**
 * Turns what a reader typed into what is searched: filler dropped, the reader's words rewritten to
 * the site's, abbreviations spelt out, misspelt words corrected, and words no answer needs to hold
 * set apart to count in ranking only.
 */

export interface Correction {
  from: string;
  to: string;
}

export interface QueryPlan {
  /** What Pagefind is asked; every word of it must occur in a result. */
  required: string;
  /** Words that count in ranking but are not required (see SOFT_WORDS), and the reader's own words for what was rewritten. */
  optional: string[];
  /** Misspelt words and the words searched instead. */
  corrections: Correction[];
  /** Latin words that occur nowhere and resemble nothing: searched for, they would only mislead. */
  unknown: string[];
  /** Whether the reader asks how to fix something (see asksToFix), which ranking favours. */
  fixing: boolean;
}

/** An identifier-shaped word of the query: letters and digits joined by . _ / - (not Chinese). */
const LATIN_PIECE = /(?:(?!\p{Script=Han})[\p{L}\p{N}])(?:(?!\p{Script=Han})[\p{L}\p{N}._/-])*/gu;
const PIECE = new RegExp(`\\p{Script=Han}+|${LATIN_PIECE.source}`, 'gu');
const HAN = /\p{Script=Han}/u;
const SOFT = new RegExp([...SOFT_WORDS].sort((a, b) => b.length - a.length).join('|'), 'g');

/** The words of a Chinese run (see searchWords), split into required ones and soft ones. */
function splitSoft(run: string, segment: (text: string) => string[]): { required: string[]; optional: string[] } {
  const optional = run.match(SOFT) ?? [];
  const required = run.split(SOFT).flatMap((part) => searchWords(part, segment));
  return { required, optional };
}

/**
 * The words a plan searches, one by one. They are read off the plan as it was made, not segmented
 * again: the spaces between its Chinese words would be dropped as between any Chinese characters
 * (see normalizeQuery), gluing a stray character onto the next word (停电后 重启 → 停电 后重启).
 */
export function plannedWords(plan: QueryPlan): string[] {
  return [...new Set(plan.required.split(' ').filter(Boolean))];
}

/** Words as the browser segments them (Intl.Segmenter, which Pagefind's browser search also uses). */
export function browserWords(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** Corrects each misspelt part of an identifier-shaped word; undefined when a part resembles nothing. */
function correctWord(word: string, vocabulary: Vocabulary): string | undefined {
  let lost = false;
  const out = word.replace(/[\p{L}\p{N}]+/gu, (part) => {
    if (!/^\p{L}+$/u.test(part) || vocabulary.has(part)) return part;
    const fix = vocabulary.correct(part);
    if (!fix) lost = true;
    return fix ?? part;
  });
  return lost ? undefined : out;
}

/**
 * Placeholders that pasted names carry from examples and redacted logs (pvc-xxx, my-app-xxxxx):
 * they name nothing, and kept they would be corrected to some word that does.
 */
const PLACEHOLDER = /^x{3,}[-_.]|(?:^|[-_.])x{3,}(?=$|[-_.])/giu;

export function withoutPlaceholders(piece: string): string {
  return piece.replace(PLACEHOLDER, '');
}

/** Words a pasted message puts before the name of the reader's own object, besides kinds (see withoutObjectNames). */
const OBJECT_WORDS = new Set(['container', 'image', 'volume', 'user', 'group', 'webhook', 'host', 'path', 'file']);

/** A word and the quoted name after it: `configmap "cluster-config"`, `container "app"`. */
const NAMED_OBJECT = /([\p{L}][\p{L}.]*)\s+"([^"\n]*)"/gu;

/**
 * Drops the names of the reader's own objects from a pasted message (configmap "cluster-config",
 * Deployment "nginx", image "myapp:latest"): they name nothing the handbook answers, and kept they
 * match whichever answer happens to use the same sample name. A quoted kind or status stays
 * (cannot list resource "pods").
 */
export function withoutObjectNames(text: string): string {
  return text.replace(NAMED_OBJECT, (whole, word: string, name: string) => {
    const names = isKindName(word) || OBJECT_WORDS.has(word.toLowerCase());
    return names && !isKindName(name) && !isStatus(name) ? word : whole;
  });
}

/** A pasted message rather than a question: a colon or a quote among at least four Latin words. */
export function isPastedLine(text: string): boolean {
  return /[:"]/.test(text) && (text.match(/[A-Za-z]{2,}/g) ?? []).length >= 4;
}

/**
 * Plans a search. Without a vocabulary (or with `exact`), Latin words are searched as typed.
 * A query made only of filler keeps its words, so something is always searched.
 */
export function planQuery(raw: string, vocabulary?: Vocabulary, { exact = false, segment = browserWords } = {}): QueryPlan {
  const typed = normalizeQuery(raw);
  const pasted = isPastedLine(typed);
  const text = stripQuestionWords(rewriteReaderPhrases(withoutObjectNames(typed)).replace(/\s+/g, ' ').trim());
  const pieces = (text.match(PIECE) ?? []).map((p) => (HAN.test(p) ? p : withoutPlaceholders(p))).filter(Boolean);
  const topical = pieces.filter((p) => HAN.test(p) || !ENGLISH_STOP_WORDS.has(p.toLowerCase()));
  const required: string[] = [];
  const optional: string[] = [];
  const corrections: Correction[] = [];
  const unknown: string[] = [];
  const siteWords: string[] = [];
  const hanPieces: string[] = [];
  for (const piece of topical.length ? topical : pieces) {
    if (HAN.test(piece)) {
      hanPieces.push(piece);
      const split = splitSoft(piece, segment);
      required.push(...split.required);
      optional.push(...split.optional);
      continue;
    }
    // Messages name kinds in the plural (pods is forbidden, namespaces "dev" not found); the answers, in the singular.
    let word = expandShortName(piece) ?? (pasted ? singularKind(piece) : undefined) ?? piece;
    if (word === piece && vocabulary && !exact) {
      const corrected = correctWord(piece, vocabulary);
      if (corrected === undefined) {
        unknown.push(piece);
        continue;
      }
      if (corrected !== piece) corrections.push({ from: piece, to: corrected });
      word = corrected;
    }
    if (SITE_WORDS.has(word.toLowerCase())) siteWords.push(word);
    else if (pasted && LOG_FRAME_WORDS.has(word.toLowerCase())) optional.push(word);
    else required.push(word);
  }
  // The site's own name says nothing about which question is meant, unless it is all that was asked.
  if (!required.length && !optional.length) required.push(...siteWords);
  // A lone character (卷, 锁) is no word to search among others, but asked alone it is the question.
  if (!required.length && !optional.length) required.push(...hanPieces);
  if (!required.length && optional.length) required.push(...optional.splice(0));
  // The reader's own words for what was rewritten count in ranking (see readerPhrasesIn).
  optional.push(...readerPhrasesIn(typed).filter((p) => !optional.includes(p)));
  return { required: withoutStatusFrame(required).join(' '), optional, corrections, unknown, fixing: asksToFix(typed) };
}

/** The query as the reader typed it, with each correction applied: what the dialog says it searched. */
export function correctedQuery(raw: string, corrections: Correction[]): string {
  const to = new Map(corrections.map((c) => [c.from, c.to]));
  return normalizeQuery(raw).replace(LATIN_PIECE, (word) => to.get(word) ?? word);
}
