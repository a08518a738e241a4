/**
 * The question list of a topic page: on a narrow screen, where it folds above the answers, it closes
 * once a question is chosen. The marker of the question in view (toc-spy.ts) loads on the first
 * scroll, or at once when the page opens at a question.
 */
const WIDE = '(min-width: 80rem)';

export function initToc() {
  const toc = document.querySelector<HTMLDetailsElement>('details.toc');
  if (!toc) return;
  const wide = matchMedia(WIDE);
  // Closing before the browser follows the link, so it scrolls to where the question is once the list is folded.
  toc.addEventListener('click', (e) => {
    if (!wide.matches && (e.target as Element).closest('a[href^="#"]')) toc.open = false;
  });
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    removeEventListener('scroll', start);
    import('./toc-spy.ts').then((m) => m.markQuestionInView(toc));
  };
  if (location.hash || scrollY > 0) start();
  else addEventListener('scroll', start, { passive: true });
}
