import type { Filters } from './engine.ts';
import { loadSearchStyles } from './styles.ts';

/**
 * The dialog's behaviour, fetched by boot.ts the first time a reader opens search. The search code
 * proper (query handling, ranking, rendering) is a further chunk, fetched with Pagefind.
 */
let modules: Promise<[typeof import('./engine.ts'), typeof import('./hit.ts')]> | undefined;
function searchModules() {
  modules ??= Promise.all([import('./engine.ts'), import('./hit.ts')]);
  modules.catch(() => { modules = undefined; });
  return modules;
}

const SHOWN = 10;
const DEBOUNCE_MS = 100;

/** Marks a shared search to run as typed, without spelling correction. */
const EXACT_PARAM = 'exact';

/** The current address with `?q=` (and `exact`) set to a search, or removed for none. */
function searchAddress(query: string, exact: boolean): URL {
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  if (query && exact) url.searchParams.set(EXACT_PARAM, '1');
  else url.searchParams.delete(EXACT_PARAM);
  return url;
}

/** Reflects the search in the address without adding history entries, so the address always shares it. */
function reflectQuery(query: string, exact = false) {
  const url = searchAddress(query, exact);
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

class SiteSearch extends HTMLElement {
  dialog = this.querySelector('dialog')!;
  form = this.querySelector('form')!;
  input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
  status = this.querySelector<HTMLElement>('.search-status')!;
  list = this.querySelector<HTMLOListElement>('.search-results')!;
  empty = this.querySelector<HTMLElement>('.search-empty')!;
  correction = this.querySelector<HTMLElement>('.search-correction')!;
  original = this.querySelector<HTMLAnchorElement>('[data-search-original]')!;
  /** Search the words as typed: the reader chose the original over a correction. */
  exact = false;
  selects = Array.from(this.querySelectorAll<HTMLSelectElement>('select[name]'));
  opener: HTMLElement | null = null;
  timer = 0;
  latest = 0;

  connectedCallback() {
    this.input.addEventListener('input', () => {
      this.exact = false;
      this.schedule();
    });
    this.original.addEventListener('click', (e) => {
      e.preventDefault();
      this.exact = true;
      this.input.value = this.original.dataset.query ?? this.input.value;
      this.schedule(0);
      this.input.focus();
    });
    this.selects.forEach((s) => s.addEventListener('change', () => this.schedule(0)));
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.list.querySelector<HTMLAnchorElement>('a')?.click();
    });
    this.dialog.addEventListener('keydown', (e) => this.onKey(e));
    this.dialog.addEventListener('close', () => this.onClose());
    this.querySelector('[data-clear-filters]')!.addEventListener('click', () => {
      this.selects.forEach((s) => { s.value = ''; });
      this.schedule(0);
      this.input.focus();
    });
    // Following a result closes the dialog (the page may not change when the question is on it).
    this.dialog.addEventListener('click', (e) => {
      if (e.target === this.dialog || (e.target as Element).closest('.search-results a')) this.dialog.close();
    });
    this.exact = new URLSearchParams(location.search).get(EXACT_PARAM) === '1';
  }

  /** Takes over the dialog boot.ts has opened (and any words typed into it meanwhile). */
  open(opener: HTMLElement | null) {
    this.opener ??= opener;
    if (!this.input.value.trim()) this.status.textContent = '输入关键词，中文或英文均可';
    searchModules().then(([engine]) => engine.loadPagefind()).catch(() => { this.status.textContent = '搜索索引加载失败，请检查网络后刷新页面重试。'; });
    // Reopening on the query already shown keeps its results, so a reader's arrow keys are not
    // undone by the same list being rendered again under them.
    const current = this.input.value.trim();
    if (current && current !== this.list.dataset.query) this.schedule(0);
    else if (current) reflectQuery(current, this.exact);
  }

  onClose() {
    reflectQuery('');
    // Focus goes back where it was, so keyboard readers keep their place.
    if (this.opener?.isConnected) this.opener.focus({ preventScroll: true });
    this.opener = null;
  }

  schedule(delay = DEBOUNCE_MS) {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.search(), delay);
  }

  filters(): Filters {
    return Object.fromEntries(this.selects.map((s) => [s.name, s.value]));
  }

  async search() {
    const query = this.input.value.trim();
    const exact = this.exact;
    reflectQuery(query, exact);
    const run = ++this.latest;
    if (!query) {
      this.show(query, [], '输入关键词，中文或英文均可');
      return;
    }
    this.setAttribute('aria-busy', 'true');
    try {
      const [engine, view] = await searchModules();
      const outcome = await engine.findQuestions(await engine.loadPagefind(), query, this.filters(), { exact });
      if (run !== this.latest) return; // a newer keystroke has its own search under way
      const hits = outcome.hits.slice(0, SHOWN).map(view.hitItem);
      this.show(query, hits, view.statusText(query, hits.length, outcome.partial, outcome.corrected), outcome.corrected);
    } catch {
      if (run === this.latest) this.status.textContent = '搜索出错了，请刷新页面重试。';
    } finally {
      if (run === this.latest) this.removeAttribute('aria-busy');
    }
  }

  /** Shows a search's results and status (see hit.ts); `corrected` is the query as searched after spelling correction. */
  show(query: string, hits: HTMLLIElement[], status: string, corrected?: string) {
    this.list.replaceChildren(...hits);
    this.correction.hidden = !corrected;
    if (corrected) {
      this.original.textContent = query;
      this.original.dataset.query = query;
      this.original.href = searchAddress(query, true).href;
    }
    // Which query the list answers, so anything waiting on a search knows when it has landed.
    this.list.dataset.query = query;
    this.empty.hidden = !query || hits.length > 0;
    this.empty.querySelector<HTMLElement>('[data-clear-filters]')!.hidden = !this.selects.some((s) => s.value);
    this.status.textContent = status;
  }

  /** Arrows walk the results, Home/End jump, typing returns to the box, Tab stays inside the dialog. */
  onKey(e: KeyboardEvent) {
    const links = Array.from(this.list.querySelectorAll<HTMLAnchorElement>('a'));
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && links.length && (at >= 0 || document.activeElement === this.input)) {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
      if (next < 0) this.input.focus();
      else links[Math.min(next, links.length - 1)]!.focus();
    } else if (at >= 0 && (e.key === 'Home' || e.key === 'End')) {
      e.preventDefault();
      (e.key === 'Home' ? links[0] : links.at(-1))!.focus();
    } else if (at >= 0 && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      this.input.focus();
    } else if (e.key === 'Tab') {
      this.trapTab(e);
    }
  }

  trapTab(e: KeyboardEvent) {
    const focusable = Array.from(this.dialog.querySelectorAll<HTMLElement>('input, select, button, a[href]'))
      .filter((el) => !el.closest('[hidden]') && el.getClientRects().length > 0);
    if (!focusable.length) return;
    const first = focusable[0]!;
    const last = focusable.at(-1)!;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }
}

/**
 * Called by boot.ts each time it opens the dialog. The first time, it waits for the stylesheet (the
 * dialog stays transparent until <site-search> is defined) and defines the element.
 */
export async function openSearch(element: HTMLElement, opener: HTMLElement | null) {
  await loadSearchStyles();
  if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
  if ((element as SiteSearch).dialog.open) (element as SiteSearch).open(opener);
}
