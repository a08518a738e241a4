/**
 * Scheduling with FSRS through ts-fsrs: the record's cards are converted to ts-fsrs cards and back,
 * so the stored shape is ours (schema.ts) and does not change when the library's does.
 */
import { createEmptyCard, fsrs, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import type { CardRecord, ReviewRecord } from './schema.ts';
import type { CardState } from './schema.ts';
import type { Grade } from './grades.ts';

// ts-fsrs defaults: 90% desired retention, learning steps of 1 and 10 minutes, relearning after
// 10 minutes, no fuzz, so the same ratings at the same times always give the same due dates.
const scheduler = fsrs();

function toFsrs(record: CardRecord | undefined, now: Date): Card {
  if (!record) return createEmptyCard(now);
  return {
    due: new Date(record.due),
    stability: record.stability,
    difficulty: record.difficulty,
    elapsed_days: 0, // deprecated in ts-fsrs; it works the interval out from last_review
    scheduled_days: record.scheduledDays,
    learning_steps: record.learningSteps,
    reps: record.reps,
    lapses: record.lapses,
    state: record.state,
    last_review: new Date(record.lastReview),
  };
}

function fromFsrs(card: Card, title: string, now: Date): CardRecord {
  return {
    title,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as number as CardState,
    lastReview: (card.last_review ?? now).toISOString(),
  };
}

/** Rates a question at `now`: its new card, and the review to keep for the charts. */
export function rate(id: string, record: CardRecord | undefined, grade: Grade, now: Date, title: string): { card: CardRecord; review: ReviewRecord } {
  const { card } = scheduler.next(toFsrs(record, now), now, grade as number as FsrsGrade);
  const next = fromFsrs(card, title, now);
  return { card: next, review: { id, at: now.toISOString(), grade, stability: next.stability, state: next.state } };
}

/** When each rating would make the question due again, for the hints on the rating buttons. */
export function previewDue(record: CardRecord | undefined, now: Date): Record<Grade, Date> {
  const preview = scheduler.repeat(toFsrs(record, now), now);
  return { 1: preview[1].card.due, 2: preview[2].card.due, 3: preview[3].card.due, 4: preview[4].card.due };
}
