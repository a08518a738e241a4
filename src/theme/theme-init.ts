/**
 * Sets `data-theme` on <html> before the first paint, so a stored dark/light choice never flashes
 * the other theme. It is inlined into every page; being a plain string, the same text is hashed for
 * the Content-Security-Policy, so the policy always allows exactly this script and nothing else inline.
 */
export const themeInitSource = `(() => {
  const d = document.documentElement;
  d.classList.replace('no-js', 'js');
  let stored = null;
  try { stored = localStorage.getItem('theme'); } catch {}
  const theme = stored === 'light' || stored === 'dark' ? stored
    : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  d.dataset.theme = theme;
})();`;
