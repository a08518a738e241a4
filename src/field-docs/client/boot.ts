const EVENTS = ['pointerover', 'click', 'keydown', 'focusout'] as const;

/**
 * Loads the field-doc popover code on the first sign that a reader wants it (pointing at, tapping or
 * using arrow keys in a sample), then hands it every later event, so nothing typed while it loads is lost.
 */
export function initFieldDocs() {
  if (!document.querySelector('pre[data-field-docs]')) return;
  let ui: Promise<typeof import('./popover.ts')> | undefined;
  const onEvent = (e: Event) => {
    const inSample = !!(e.target as Element | null)?.closest?.('pre[data-field-docs]');
    const key = (e as KeyboardEvent).key;
    // Arrow keys inside a sample move between its keys, not the page; this must be decided synchronously.
    if (inSample && e.type === 'keydown' && (key === 'ArrowDown' || key === 'ArrowUp')) e.preventDefault();
    if (!ui && !(inSample && e.type !== 'focusout')) return;
    ui ??= import('./popover.ts');
    ui.then((m) => m.handle(e));
  };
  for (const type of EVENTS) document.addEventListener(type, onEvent);
}
