/**
 * Runs on every page that shows progress or a rating control, so it stays tiny (it counts against
 * the 10 KB of JavaScript a page may load before any interaction): it reads the record straight from
 * storage to fill in the progress bars and mark each rating control with its question's state, and
 * loads the rating code (client/rate.ts) only when a rating button is first clicked.
 */
import { CHANGE_EVENT, MASTERED_STABILITY_DAYS, REVIEW_STATE, STORAGE_KEY, VERSION } from '../format.ts';

/**
 * isMastered (progress.ts) written out again from the same constants, so that this script imports only
 * constants (the bundler inlines them) and no shared file. tests/unit/practice-progress.test.ts checks
 * that the two agree.
 */
export const markOf = (card: { state: number; stability: number }) => (card.state === REVIEW_STATE && card.stability >= MASTERED_STABILITY_DAYS ? 'm' : 'l');

/** Fills in the bars and states from the record a change event carries (it may live only in memory), else from storage. */
function show(change?: Event) {
  // 'm' (mastered) or 'l' (learning) for every rated question.
  const status = new Map<string, string>();
  try {
    const doc = (change as CustomEvent | undefined)?.detail ?? JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    // A record from a newer version shows nothing here; /practice/ explains why.
    if (doc.version <= VERSION) for (const id in doc.cards) status.set(id, markOf(doc.cards[id]));
  } catch { /* no record, or storage disabled */ }
  for (const el of document.querySelectorAll<HTMLElement>('[data-progress]')) {
    const ids = el.dataset.progress!.split(' ');
    const n: Record<string, number> = { m: 0, l: 0, n: 0 };
    for (const id of ids) n[status.get(id) ?? 'n']!++;
    // The bar's two shares, for progress.css to draw (set through CSSOM, which the CSP allows).
    el.style.cssText = `--m:${n.m! / ids.length};--l:${(n.m! + n.l!) / ids.length}`;
    for (const s of el.querySelectorAll<HTMLElement>('[data-n]')) s.textContent = `${n[s.dataset.n!]}`;
    el.hidden = n.n === ids.length;
  }
  // Each rating control names its question's state (rating.css shows 已掌握 or 学习中).
  for (const el of document.querySelectorAll<HTMLElement>('[data-rate]')) {
    const mark = status.get(el.dataset.rate!);
    if (mark) el.dataset.state = mark;
    else delete el.dataset.state;
  }
}

export function initPractice() {
  show();
  addEventListener(CHANGE_EVENT, show);
  document.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('[data-rate] [data-grade]');
    if (button) import('./rate.ts').then((m) => m.rate(button));
  });
}
