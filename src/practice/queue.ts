/**
 * What to practise next: reviews that are due come first (the most overdue first), then questions
 * never rated, in the handbook's learner order, then questions still being learnt that come due later
 * today, so a session does not stop while a just-forgotten question waits out its few minutes.
 */
import { STATE } from './schema.ts';
import type { CardRecord } from './schema.ts';
import { endOfDay } from './dates.ts';

/** A question as /practice/questions.json lists it; the list is in learner order. */
export interface PracticeQuestion {
  id: string;
  topic: string;
  title: string;
  summary: string;
  difficulty: string;
}

export interface Filter { topic?: string; difficulty?: string }

export type Kind = 'due' | 'new' | 'ahead';

export interface QueueItem { question: PracticeQuestion; kind: Kind; card?: CardRecord }

export interface Queue {
  items: QueueItem[];
  /** Rated questions due before the end of today (what “今日待复习” counts). */
  dueToday: number;
  /** Questions never rated. */
  fresh: number;
  /** The earliest due date among rated questions, when nothing is due today. */
  nextDue?: Date;
}

export function matches(q: PracticeQuestion, filter: Filter): boolean {
  return (!filter.topic || q.topic === filter.topic) && (!filter.difficulty || q.difficulty === filter.difficulty);
}

/**
 * Due now: a question in review is due all day on its due date (its interval is counted in days);
 * one being learnt or relearnt is due when its step of minutes is over.
 */
export function isDueNow(card: CardRecord, now: Date): boolean {
  const due = Date.parse(card.due);
  return card.state === STATE.review ? due < endOfDay(now).getTime() : due <= now.getTime();
}

export function buildQueue(questions: readonly PracticeQuestion[], cards: Record<string, CardRecord>, filter: Filter, now: Date): Queue {
  const end = endOfDay(now).getTime();
  const due: QueueItem[] = [];
  const fresh: QueueItem[] = [];
  const ahead: QueueItem[] = [];
  let dueToday = 0;
  let nextDue: number | undefined;
  for (const question of questions) {
    if (!matches(question, filter)) continue;
    const card = cards[question.id];
    if (!card) { fresh.push({ question, kind: 'new' }); continue; }
    const at = Date.parse(card.due);
    if (at < end) dueToday++;
    else nextDue = Math.min(nextDue ?? at, at);
    if (isDueNow(card, now)) due.push({ question, kind: 'due', card });
    else if (at < end) ahead.push({ question, kind: 'ahead', card });
  }
  // Stable sorts: equal due times keep learner order.
  const byDue = (a: QueueItem, b: QueueItem) => Date.parse(a.card!.due) - Date.parse(b.card!.due);
  due.sort(byDue);
  ahead.sort(byDue);
  return { items: [...due, ...fresh, ...ahead], dueToday, fresh: fresh.length, nextDue: dueToday ? undefined : nextDue === undefined ? undefined : new Date(nextDue) };
}

/** The next question to show: the head of the queue, unless that is the question just rated and there is another. */
export function nextItem(queue: Queue, justRated?: string): QueueItem | undefined {
  return queue.items.find((item) => item.question.id !== justRated) ?? queue.items[0];
}
