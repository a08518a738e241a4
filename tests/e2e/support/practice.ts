import { expect, type Page } from '@playwright/test';

/** Where the practice record lives (src/practice/format.ts). */
export const STORAGE_KEY = 'kube-handbook:practice';

const DAY = 86_400_000;

/**
 * Noon today, in the time zone the browser and this process share. Practice pages count a review due
 * later today as today's, so a rating given at 23:55 would come back “tomorrow”: the specs fix the
 * browser's clock here (page.clock.setFixedTime) and seed records from it, so they pass at any hour.
 */
export const NOON_TODAY = (() => {
  const noon = new Date();
  noon.setHours(12, 0, 0, 0);
  return noon.getTime();
})();

export interface SeedCard {
  /** Days from now to the card's due date: negative is overdue. */
  dueInDays: number;
  /** FSRS state: 1 learning, 2 review, 3 relearning. */
  state?: 1 | 2 | 3;
  stability?: number;
  title?: string;
}

/** A practice record (version 1) with the given cards, each rated once, some days before its due date. */
export function record(cards: Record<string, SeedCard>, now = NOON_TODAY) {
  const out: Record<string, unknown> = {};
  const reviews: unknown[] = [];
  for (const [id, c] of Object.entries(cards)) {
    const stability = c.stability ?? 5;
    const last = new Date(now + (c.dueInDays - Math.max(1, Math.round(stability))) * DAY).toISOString();
    out[id] = {
      title: c.title ?? id, due: new Date(now + c.dueInDays * DAY).toISOString(), stability, difficulty: 5,
      scheduledDays: Math.max(1, Math.round(stability)), learningSteps: 0, reps: 2, lapses: 0, state: c.state ?? 2, lastReview: last,
    };
    reviews.push({ id, at: last, grade: 3, stability, state: c.state ?? 2 });
  }
  return { format: 'kube-handbook-practice', version: 1, cards: out, reviews };
}

/**
 * Stores a record in the page's origin and reloads /practice/, as if it had been saved on an earlier
 * visit, then waits for the session to start: keys pressed before it has would go nowhere.
 */
export async function seedRecord(page: Page, value: unknown) {
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [STORAGE_KEY, JSON.stringify(value)]);
  await page.reload();
  await expect(page.locator('[data-summary]')).toHaveText(/今日待复习 \d+ 题/);
}

/** The stored record, parsed (null when there is none). */
export async function storedRecord(page: Page): Promise<{ cards: Record<string, { state: number; due: string; reps: number }>; reviews: { id: string; grade: number }[] } | null> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);
}

/** Opens /practice/ (with an optional query) and waits for the first card or the end of the queue. */
export async function openPractice(page: Page, query = '') {
  await page.goto(`/practice/${query}`);
  await expect(page.locator('[data-summary]')).toHaveText(/今日待复习 \d+ 题/);
}

/** The title of the question on the card. */
export function cardTitle(page: Page) {
  return page.locator('#card-title');
}

/** The question ids of the handbook in learner order, read from the pages readers see: topics as the home page lists them, questions as each topic page does. */
export async function learnerOrder(page: Page): Promise<{ id: string; topic: string }[]> {
  await page.goto('/');
  const topics = await page.locator('.topic-grid .topic-card').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const out: { id: string; topic: string }[] = [];
  for (const href of topics) {
    const html = await (await page.request.get(href)).text();
    for (const m of html.matchAll(/<section class="question"[^>]*>\s*<h2 id="([^"]+)"/g)) out.push({ id: m[1]!, topic: href.replaceAll('/', '') });
  }
  return out;
}

/** Reveals the card with Space and rates it with a number key; the next card then starts with its answer hidden. */
export async function rateWithKeys(page: Page, grade: 1 | 2 | 3 | 4) {
  await page.keyboard.press('Space');
  await expect(page.locator('[data-tldr]')).toBeVisible();
  await page.keyboard.press(String(grade));
  await expect(page.locator('[data-tldr]')).toBeHidden();
}
