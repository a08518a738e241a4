type Choice = 'system' | 'light' | 'dark';

const NAME: Record<Choice, string> = { system: '跟随系统', light: '浅色', dark: '深色' };
const NEXT: Record<Choice, Choice> = { system: 'light', light: 'dark', dark: 'system' };
const root = document.documentElement;

const current = (): Choice => (root.dataset.theme === 'light' || root.dataset.theme === 'dark' ? root.dataset.theme : 'system');

function describe(button: HTMLButtonElement) {
  const now = current();
  button.setAttribute('aria-label', `主题：${NAME[now]}，点按切换到${NAME[NEXT[now]]}`);
  button.title = `主题：${NAME[now]}`;
}

/** Applies a choice and remembers it for the next visit; “system” is remembered as no choice at all. */
function choose(choice: Choice) {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', choice);
  } catch { /* private mode: the choice lasts this page only */ }
}

/** Wires the header's theme button; without JavaScript it is not shown and the system theme applies. */
export function initThemeToggle() {
  customElements.define('theme-toggle', class extends HTMLElement {
    connectedCallback() {
      const button = this.querySelector('button')!;
      describe(button);
      button.addEventListener('click', () => {
        choose(NEXT[current()]);
        describe(button);
      });
    }
  });
}
