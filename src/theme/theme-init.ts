/**
 * Applies a stored light or dark choice (`data-theme` on <html>) before the first paint, so it never
 * flashes the other theme. With no stored choice the page follows the system: the colours use
 * `light-dark()` under `color-scheme: light dark`, so they change with the system setting, live.
 * It is inlined into every page; being a plain string, the same text is hashed for the
 * Content-Security-Policy, so the policy always allows exactly this script and nothing else inline.
 */
export const themeInitSource = `(() => {
  const d = document.documentElement;
  d.classList.replace('no-js', 'js');
  let stored = null;
  try { stored = localStorage.getItem('theme'); } catch {}
  if (stored === 'light' || stored === 'dark') d.dataset.theme = stored;
})();`;
