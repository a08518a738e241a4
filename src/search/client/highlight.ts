import { sitePath } from '../../handbook/site-path.ts';
import { HIGHLIGHT_PARAM } from './params.ts';
import { loadSearchStyles } from './styles.ts';

interface HighlightOptions {
  markContext: Element | null;
  highlightParam: string;
  markOptions: { className: string; exclude: string[] };
  addStyles: boolean;
}

/**
 * On a page opened from a search result, marks the searched words inside the question the result
 * pointed at, using Pagefind's highlight script, and brings the question into view. The script is
 * fetched only when the address carries words to highlight. Once they are marked, the words leave
 * the address, so a reader who copies it shares a clean link to the question.
 */
export async function highlightLandingQuestion() {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const heading = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const question = heading?.closest('[data-pagefind-body]') ?? null;
  const url = sitePath('/pagefind/pagefind-highlight.js');
  // The marks' colour lives in the search stylesheet.
  void loadSearchStyles();
  const { default: PagefindHighlight } = await import(/* @vite-ignore */ url) as { default: new (o: HighlightOptions) => unknown };
  new PagefindHighlight({
    markContext: question,
    highlightParam: HIGHLIGHT_PARAM,
    markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', '[hidden]', '[hidden] *'] },
    addStyles: false,
  });
  const clean = new URL(location.href);
  clean.searchParams.delete(HIGHLIGHT_PARAM);
  history.replaceState(history.state, '', clean);
  heading?.scrollIntoView({ block: 'start' });
}
