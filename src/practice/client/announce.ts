/** Says something to screen readers through the page's shared live region (#announcer in Base.astro). */
export function announce(message: string) {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after a tick makes a repeated message be read again.
  setTimeout(() => { region.textContent = message; }, 30);
}
