/**
 * The part of search every page loads before anyone searches, so it is kept small: it shows the search
 * buttons, listens for them, for Ctrl/⌘ K and for a `?q=` link, and on the first of these opens the
 * dialog at once (so nothing typed is lost) and fetches the search code and its styles (dialog.ts).
 * Until they arrive the open dialog is transparent (global.css, `site-search:not(:defined)`).
 */
import { HIGHLIGHT_PARAM } from './params.ts';

type Controller = typeof import('./dialog.ts');

export function initSearch() {
  const element = document.querySelector<HTMLElement>('site-search');
  if (!element) return;
  const dialog = element.querySelector('dialog')!;
  const input = element.querySelector('input')!;
  let controller: Promise<Controller> | undefined;
  let opener: HTMLElement | null = null;

  const open = (query?: string) => {
    if (!dialog.open) {
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      if (query !== undefined) input.value = query;
      // A query shown again is selected, so typing replaces it.
      input.focus();
      input.select();
    }
    controller ??= import('./dialog.ts');
    controller.then(
      (c) => c.openSearch(element, opener),
      () => {
        // The search code could not be fetched: show the dialog as it is, saying why.
        controller = undefined;
        element.toggleAttribute('data-failed', true);
        element.querySelector('.search-status')!.textContent = '搜索加载失败，请检查网络后刷新页面重试。';
      },
    );
  };

  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-open-search]')) {
    button.hidden = false;
    button.addEventListener('click', () => open());
    if (mac) button.querySelectorAll('kbd').forEach((k) => { k.textContent = '⌘ K'; });
  }
  addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      open();
    }
  });
  // The close button works from the first open, before the search code has arrived.
  element.querySelector('[data-close-search]')!.addEventListener('click', () => dialog.close());
  // Closed before the search code arrived: focus goes back where it was (dialog.ts does this later on).
  dialog.addEventListener('close', () => {
    if (!customElements.get('site-search') && opener?.isConnected) opener.focus({ preventScroll: true });
  });
  const params = new URLSearchParams(location.search);
  const q = params.get('q');
  if (q) open(q);
  if (params.has(HIGHLIGHT_PARAM)) import('./highlight.ts').then((h) => h.highlightLandingQuestion());
}
