/** Says something to screen readers and shows it briefly, without a modal. */
function announce(message: string) {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after a tick makes repeated messages be read again.
  setTimeout(() => { region.textContent = message; }, 30);
}

/** The text a code block shows, line by line, without any controls inside it. */
function codeText(pre: HTMLPreElement): string {
  const lines = pre.querySelectorAll<HTMLElement>('code > .line');
  return lines.length ? Array.from(lines, (l) => l.textContent ?? '').join('\n') : pre.textContent ?? '';
}

async function copy(text: string, button: HTMLButtonElement, done: string) {
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
    const label = button.textContent;
    button.textContent = '已复制';
    setTimeout(() => { button.textContent = label; }, 1500);
  } catch {
    announce('复制失败：浏览器不允许访问剪贴板，请手动选择复制。');
  }
}

/** Wires the copy-link buttons of questions and the copy buttons of code blocks (CSS shows both once scripts run). */
export function initCopyButtons() {
  // The button carries the question's permalink on the configured origin (/q/<id>/), written at build
  // time, so a shared link survives the question moving and never names a preview or local address.
  document.querySelectorAll<HTMLButtonElement>('[data-copy-link]').forEach((button) => {
    button.addEventListener('click', () => copy(button.dataset.copyLink!, button, '链接已复制到剪贴板'));
  });
  document.querySelectorAll<HTMLButtonElement>('.copy-code').forEach((button) => {
    const pre = button.closest('figure')?.querySelector('pre');
    if (!pre) return;
    button.addEventListener('click', () => copy(codeText(pre), button, '代码已复制到剪贴板'));
  });
}
