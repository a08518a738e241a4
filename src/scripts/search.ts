import { toQuestionHits, type PagefindData } from './search-results.ts';
import { excerptFragment } from './safe-excerpt.ts';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(q: string, o?: unknown, ms?: number): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind on first use only, so reading a page costs no search JavaScript. */
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 24 });
    await pf.init();
    return pf;
  });
  return pagefind;
}

/** Renders the hits as links, each with the question title, its topic and an excerpt. */
function render(list: HTMLOListElement, hits: ReturnType<typeof toQuestionHits>) {
  list.replaceChildren(...hits.map((hit) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = hit.url;
    a.className = 'search-hit';
    const title = document.createElement('span');
    title.className = 'hit-title';
    title.textContent = hit.title;
    const topic = document.createElement('span');
    topic.className = 'hit-topic';
    topic.textContent = hit.topic;
    const excerpt = document.createElement('span');
    excerpt.className = 'hit-excerpt';
    excerpt.append(excerptFragment(hit.excerpt));
    a.append(title, topic, excerpt);
    li.append(a);
    return li;
  }));
}

class SiteSearch extends HTMLElement {
  dialog = this.querySelector('dialog')!;
  input = this.querySelector('input')!;
  status = this.querySelector<HTMLElement>('.search-status')!;
  list = this.querySelector<HTMLOListElement>('.search-results')!;

  connectedCallback() {
    document.querySelectorAll<HTMLButtonElement>('[data-open-search]').forEach((b) => {
      b.hidden = false;
      b.addEventListener('click', () => this.open());
    });
    window.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        this.open();
      }
    });
    this.input.addEventListener('input', () => this.search(this.input.value));
    this.dialog.addEventListener('keydown', (e) => this.moveFocus(e));
    this.list.addEventListener('click', (e) => {
      if ((e.target as Element).closest('a')) this.dialog.close();
    });
    // Clicking the backdrop closes, as readers expect from a modal.
    this.dialog.addEventListener('click', (e) => { if (e.target === this.dialog) this.dialog.close(); });
    const q = new URLSearchParams(location.search).get('q');
    if (q) this.open(q);
  }

  open(query?: string) {
    if (!this.dialog.open) this.dialog.showModal();
    if (query !== undefined) this.input.value = query;
    this.input.focus();
    this.input.select();
    loadPagefind().catch(() => { this.status.textContent = '搜索索引加载失败，请刷新页面重试。'; });
    if (this.input.value) this.search(this.input.value);
  }

  async search(query: string) {
    const q = query.trim();
    if (!q) {
      this.list.replaceChildren();
      this.status.textContent = '';
      return;
    }
    const pf = await loadPagefind();
    const found = await pf.debouncedSearch(q, {}, 120);
    if (!found) return; // superseded by a newer keystroke
    const pages = await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
    if (q !== this.input.value.trim()) return;
    const hits = toQuestionHits(pages).slice(0, 12);
    render(this.list, hits);
    this.status.textContent = hits.length ? `找到 ${hits.length} 个相关问题` : `没有找到与“${q}”相关的问题，可以换个关键词，或浏览全部专题。`;
  }

  /** Arrow keys walk between the input and the results; Enter on a result follows its link. */
  moveFocus(e: KeyboardEvent) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = Array.from(this.list.querySelectorAll<HTMLAnchorElement>('a'));
    if (!links.length) return;
    e.preventDefault();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) this.input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  }
}

/** Defines <site-search>, which owns the dialog, the shortcut and the result list. */
export function initSearch() {
  customElements.define('site-search', SiteSearch);
}
