/**
 * Marks, in the question list, the question being read: the last one whose heading has passed the
 * reading line under the sticky header. Only colours change (aria-current), never sizes, so marking
 * shifts nothing; the list scrolls itself, not the page, to keep the mark in sight.
 */
export function markQuestionInView(toc: HTMLElement) {
  const links = new Map<string, HTMLAnchorElement>();
  toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]').forEach((a) => links.set(decodeURIComponent(a.hash.slice(1)), a));
  const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => !!h);
  if (!headings.length) return;
  let marked: HTMLAnchorElement | undefined;
  let queued = false;

  const update = () => {
    queued = false;
    const line = (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + innerHeight * 0.2;
    let current: HTMLElement | undefined;
    for (const h of headings) {
      if (h.getBoundingClientRect().top <= line) current = h;
      else break;
    }
    // At the very bottom, the last question is the one being read even if its heading never reached the line.
    if (innerHeight + scrollY >= document.documentElement.scrollHeight - 2) current = headings.at(-1);
    const link = current ? links.get(current.id) : undefined;
    if (link === marked) return;
    marked?.removeAttribute('aria-current');
    marked = link;
    if (!link) return;
    link.setAttribute('aria-current', 'location');
    keepInSight(link);
  };

  addEventListener('scroll', () => {
    if (!queued) requestAnimationFrame(update);
    queued = true;
  }, { passive: true });
  addEventListener('resize', update, { passive: true });
  update();
}

/** Scrolls the list's own box (when it scrolls) so the marked link shows; the page stays where it is. */
function keepInSight(link: HTMLElement) {
  const box = link.closest<HTMLElement>('.toc');
  if (!box || box.scrollHeight <= box.clientHeight) return;
  const top = link.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  const margin = 48;
  if (top < box.scrollTop + margin) box.scrollTop = Math.max(0, top - margin);
  else if (top + link.offsetHeight > box.scrollTop + box.clientHeight - margin) box.scrollTop = top + link.offsetHeight - box.clientHeight + margin;
}
