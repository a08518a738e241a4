/** Combining records (import) and keeping them attached to questions whose ids change. */
import type { CardRecord, PracticeDoc, ReviewRecord } from './schema.ts';

export interface MergeResult {
  doc: PracticeDoc;
  /** Questions the local record did not have. */
  added: number;
  /** Questions whose imported card was rated more recently than the local one. */
  updated: number;
  /** Ratings added to the history. */
  reviewsAdded: number;
}

const reviewKey = (r: ReviewRecord) => `${r.id}\n${r.at}\n${r.grade}`;

/** Of two cards for one question, the one rated last; on a tie, the one rated more often, then the local one. */
function newer(local: CardRecord, incoming: CardRecord): CardRecord {
  const diff = Date.parse(incoming.lastReview) - Date.parse(local.lastReview);
  if (diff !== 0) return diff > 0 ? incoming : local;
  return incoming.reps > local.reps ? incoming : local;
}

/**
 * Merges an imported record into the local one without losing either: every question keeps the card
 * rated most recently, and the rating histories are joined (a rating present in both counts once).
 */
export function mergeDocs(local: PracticeDoc, incoming: PracticeDoc): MergeResult {
  const cards: Record<string, CardRecord> = Object.assign(Object.create(null), local.cards);
  let added = 0;
  let updated = 0;
  for (const [id, card] of Object.entries(incoming.cards)) {
    const mine = cards[id];
    if (!mine) { cards[id] = card; added++; continue; }
    const kept = newer(mine, card);
    if (kept !== mine) { cards[id] = kept; updated++; }
  }
  const seen = new Set(local.reviews.map(reviewKey));
  const extra = incoming.reviews.filter((r) => !seen.has(reviewKey(r)) && seen.add(reviewKey(r)));
  const reviews = [...local.reviews, ...extra].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { doc: { ...local, cards, reviews }, added, updated, reviewsAdded: extra.length };
}

/**
 * A question whose id changed (its file was renamed) would leave its record under the old id. When a
 * record's id is no longer in the handbook and exactly one current question without a record has the
 * title it was rated under, the record (card and history) moves to that question. Records that match
 * nothing are kept as they are: they cost little, travel in exports, and come back if the question does.
 */
export function relinkRenamed(doc: PracticeDoc, questions: readonly { id: string; title: string }[]): { doc: PracticeDoc; moved: [string, string][] } {
  const known = new Set(questions.map((q) => q.id));
  const byTitle = new Map<string, string[]>();
  for (const q of questions) byTitle.set(q.title, [...(byTitle.get(q.title) ?? []), q.id]);
  const moved: [string, string][] = [];
  const cards: Record<string, CardRecord> = Object.assign(Object.create(null), doc.cards);
  for (const [id, card] of Object.entries(doc.cards)) {
    if (known.has(id)) continue;
    const candidates = (byTitle.get(card.title) ?? []).filter((q) => !cards[q]);
    if (candidates.length !== 1) continue;
    const to = candidates[0]!;
    cards[to] = card;
    delete cards[id];
    moved.push([id, to]);
  }
  if (!moved.length) return { doc, moved };
  const rename = new Map(moved);
  const reviews = doc.reviews.map((r) => (rename.has(r.id) ? { ...r, id: rename.get(r.id)! } : r));
  return { doc: { ...doc, cards, reviews }, moved };
}
