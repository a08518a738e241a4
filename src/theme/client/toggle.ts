type Theme = 'light' | 'dark';

const root = document.documentElement;

/** Applies a theme to the page and remembers it for the next visit. */
function apply(theme: Theme, button: HTMLButtonElement) {
  root.dataset.theme = theme;
  button.setAttribute('aria-pressed', String(theme === 'dark'));
  button.setAttribute('aria-label', theme === 'dark' ? '切换到浅色主题' : '切换到深色主题');
  try { localStorage.setItem('theme', theme); } catch { /* private mode: the choice lasts this page only */ }
}

/** Wires the header's theme button; it stays hidden without JavaScript, where the system theme applies. */
export function initThemeToggle() {
  customElements.define('theme-toggle', class extends HTMLElement {
    connectedCallback() {
      const button = this.querySelector('button')!;
      button.hidden = false;
      const current = (root.dataset.theme as Theme) ?? 'light';
      button.setAttribute('aria-pressed', String(current === 'dark'));
      button.setAttribute('aria-label', current === 'dark' ? '切换到浅色主题' : '切换到深色主题');
      button.addEventListener('click', () => apply(root.dataset.theme === 'dark' ? 'light' : 'dark', button));
    }
  });
}
