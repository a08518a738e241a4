/**
 * Recording a rating, for both places it is given: the compact control on topic and question pages,
 * loaded on its first click, and the flashcards of /practice/, which import this file too. Sharing it
 * keeps the rating code in one file for the bundler, so the boot script's import of it carries no list
 * of further files to preload.
 */
import { PracticeStore } from '../store.ts';
import { rate as schedule } from '../schedule.ts';
import { CHANGE_EVENT } from '../format.ts';
import { formatDue } from '../dates.ts';
import { gradeLabel, isGrade, type Grade } from '../grades.ts';
import type { CardRecord } from '../schema.ts';
import { announce } from './announce.ts';

/** Schedules the question with FSRS and saves it; `saved` is false when storage could not keep it. */
export function recordRating(store: PracticeStore, id: string, title: string, grade: Grade, now: Date): { card: CardRecord; saved: boolean } {
  const doc = store.read();
  const { card, review } = schedule(id, doc.cards[id], grade, now, title);
  const saved = store.write({ ...doc, cards: { ...doc.cards, [id]: card }, reviews: [...doc.reviews, review] });
  return { card, saved };
}

/** What a rating did, in words: “已记为“良好”，3月13日（3 天后）复习”. */
export function ratingNote(grade: Grade, card: CardRecord, saved: boolean, now: Date): string {
  return `已记为“${gradeLabel(grade)}”，${formatDue(new Date(card.due), now)}复习${saved ? '' : '（未能保存，仅本页有效）'}`;
}

let store: PracticeStore | undefined;

/** A click on a rating button of the compact control (RatingControl.astro). */
export function rate(button: HTMLButtonElement) {
  const group = button.closest<HTMLElement>('[data-rate]')!;
  const grade = Number(button.dataset.grade);
  if (!isGrade(grade)) return;
  store ??= new PracticeStore(() => localStorage);
  const now = new Date();
  const { card, saved } = recordRating(store, group.dataset.rate!, group.dataset.title ?? '', grade, now);
  const note = ratingNote(grade, card, saved, now);
  group.querySelector('[data-note]')!.textContent = note;
  const doc = store.read();
  announce(saved ? note : `${note}。${store.problem?.message ?? ''}`);
  // boot.ts redraws the progress bars and each control's state from it.
  dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: doc }));
}
