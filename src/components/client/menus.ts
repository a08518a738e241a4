/**
 * On screens wide enough to show them as columns, the topic menu and the question list are
 * shown by CSS even though their <details> are closed (that is what works without JavaScript).
 * Opening them for real there keeps what assistive technology is told in line with what is seen.
 */
export function openMenusOnWideScreens() {
  const menus: [string, string][] = [
    ['details.sidebar', '(min-width: 64rem)'],
    ['details.toc', '(min-width: 80rem)'],
  ];
  for (const [selector, query] of menus) {
    const details = document.querySelector<HTMLDetailsElement>(selector);
    if (!details) continue;
    const wide = matchMedia(query);
    if (wide.matches) details.open = true;
    // Leaving the wide layout folds the menu again, as a narrow page starts out.
    wide.addEventListener('change', () => { details.open = wide.matches; });
  }
}
