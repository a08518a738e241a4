/** /practice/: loads the question list, then wires the flashcard, filters, keyboard, charts and record panel. */
import { PracticeStore } from '../store.ts';
import { relinkRenamed } from '../merge.ts';
import { dailyHistory } from '../progress.ts';
import { CHANGE_EVENT, STORAGE_KEY } from '../format.ts';
import type { PracticeData } from '../data.ts';
import type { Filter } from '../queue.ts';
import { Session } from './session.ts';
import { drawCharts } from './charts.ts';
import { initRecordPanel } from './record-panel.ts';

const FILTERS = ['topic', 'difficulty'] as const;

/** The filter in the address (?topic=…&difficulty=…), so a chosen set of questions can be bookmarked. */
function filterFromUrl(data: PracticeData): Filter {
  const params = new URLSearchParams(location.search);
  const topic = params.get('topic') ?? undefined;
  const difficulty = params.get('difficulty') ?? undefined;
  return {
    topic: data.topics.some((t) => t.id === topic) ? topic : undefined,
    difficulty: data.questions.some((q) => q.difficulty === difficulty) ? difficulty : undefined,
  };
}

/** Space and 1–4 act on the card unless focus is somewhere they mean something else. */
function onKeys(session: Session) {
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || e.repeat) return;
    const target = e.target as Element;
    if (target.closest('input, select, textarea, dialog, [contenteditable]')) return;
    if (e.key === ' ') {
      // On a focused button or link, Space is theirs (a button's own click already reveals).
      if (!target.closest('button, a, summary') && session.reveal()) e.preventDefault();
    } else if (/^[1-4]$/.test(e.key) && session.rate(Number(e.key) as 1 | 2 | 3 | 4)) {
      e.preventDefault();
    }
  });
}

export async function startPractice() {
  const root = document.querySelector<HTMLElement>('[data-practice]');
  if (!root) return;
  const problem = root.querySelector<HTMLElement>('[data-problem]')!;
  let data: PracticeData;
  try {
    const response = await fetch(root.dataset.source!);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    data = await response.json();
  } catch (e) {
    problem.textContent = `题目列表没能加载（${(e as Error).message}），请刷新页面重试。`;
    problem.hidden = false;
    root.hidden = false;
    root.querySelectorAll<HTMLElement>('[data-card], [data-done]').forEach((el) => { el.hidden = true; });
    return;
  }
  const store = new PracticeStore(() => localStorage);
  const { doc, moved } = relinkRenamed(store.read(), data.questions);
  if (moved.length) store.write(doc);
  const known = new Set(data.questions.map((q) => q.id));

  const refresh = () => {
    problem.textContent = store.problem?.message ?? '';
    problem.hidden = !store.problem;
    const doc = store.read();
    drawCharts(root, dailyHistory(doc.reviews, known, new Date()));
    dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: doc }));
  };
  const session = new Session(root, store, data, refresh);
  session.filter = filterFromUrl(data);
  for (const name of FILTERS) {
    const select = root.querySelector<HTMLSelectElement>(`[data-filter="${name}"]`)!;
    select.value = session.filter[name] ?? '';
    select.addEventListener('change', () => {
      session.filter = { ...session.filter, [name]: select.value || undefined };
      const url = new URL(location.href);
      if (select.value) url.searchParams.set(name, select.value);
      else url.searchParams.delete(name);
      history.replaceState(null, '', url);
      session.show();
    });
  }
  initRecordPanel(root, store, data, () => { refresh(); session.show(); });
  onKeys(session);
  // A rating made in another tab changes what is due here.
  addEventListener('storage', (e) => { if (e.key === STORAGE_KEY || e.key === null) refresh(); });

  root.hidden = false;
  session.show();
  refresh();
}
