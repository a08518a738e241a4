/** How far a reader is: per question, per group of questions, and day by day for the charts. */
import { MASTERED_STABILITY_DAYS, REVIEW_STATE } from './format.ts';
import type { CardRecord, CardState, ReviewRecord } from './schema.ts';
import { addDays, dayKey, startOfDay } from './dates.ts';

export type Status = 'mastered' | 'learning' | 'new';

/** In review, and expected to be remembered for three weeks or more (format.ts). */
export function isMastered(card: { state: number; stability: number }): boolean {
  return card.state === REVIEW_STATE && card.stability >= MASTERED_STABILITY_DAYS;
}

export function statusOf(card: CardRecord | undefined): Status {
  if (!card) return 'new';
  return isMastered(card) ? 'mastered' : 'learning';
}

export interface Counts { mastered: number; learning: number; new: number }

export function countStatuses(ids: Iterable<string>, cards: Record<string, CardRecord>): Counts {
  const counts: Counts = { mastered: 0, learning: 0, new: 0 };
  for (const id of ids) counts[statusOf(cards[id])]++;
  return counts;
}

export interface Day {
  /** Local midnight starting the day. */
  date: Date;
  reviews: number;
  /** Questions mastered at the end of the day. */
  mastered: number;
}

/**
 * The last `days` days up to today: how many ratings each day saw, and how many questions were
 * mastered at its end, replaying the reviews in order. Only questions in `known` count as mastered,
 * so a question removed from the handbook leaves the chart as it leaves the progress counts.
 */
export function dailyHistory(reviews: readonly ReviewRecord[], known: ReadonlySet<string>, now: Date, days = 30): Day[] {
  const first = addDays(startOfDay(now), -(days - 1));
  const out: Day[] = Array.from({ length: days }, (_, i) => ({ date: addDays(first, i), reviews: 0, mastered: 0 }));
  const index = new Map(out.map((d, i) => [dayKey(d.date), i]));
  const sorted = [...reviews].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const latest = new Map<string, { state: CardState; stability: number }>();
  const masteredNow = () => [...latest].filter(([id, c]) => known.has(id) && isMastered(c)).length;
  let next = 0;
  for (let i = 0; i < days; i++) {
    const end = addDays(out[i]!.date, 1).getTime();
    for (; next < sorted.length && Date.parse(sorted[next]!.at) < end; next++) {
      const r = sorted[next]!;
      latest.set(r.id, r);
      const day = index.get(dayKey(new Date(r.at)));
      if (day !== undefined) out[day]!.reviews++;
    }
    out[i]!.mastered = masteredNow();
  }
  return out;
}
