// The field-doc popover: one element per page, filled from the topic's descriptions on demand.
// It holds a link (the upstream "More info" address) and, on touch screens, a close button, so it is a
// small non-modal dialog rather than a tooltip; Tab from a key moves into it, Escape leaves it.

import { pathOf } from '../key-paths.ts';
import { describedText } from './linked-text.ts';
// The popover's styles arrive with it, as a stylesheet of their own, so pages carry none of them until a
// reader points at a key (a CSS import would be linked from every page up front).
import popoverStyles from './popover.css?url';

const POP_ID = 'field-doc-pop';
let pop: HTMLElement | undefined;
let current: HTMLElement | undefined;
let hideTimer: number | undefined;

let styled: Promise<unknown> | undefined;
function loadStyles(): Promise<unknown> {
  styled ??= new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = popoverStyles;
    link.onload = link.onerror = resolve;
    document.head.append(link);
  });
  return styled;
}

function popover(): HTMLElement {
  if (pop) return pop;
  pop = document.createElement('div');
  pop.id = POP_ID;
  pop.className = 'field-doc-pop';
  pop.setAttribute('role', 'dialog');
  pop.setAttribute('aria-label', '字段说明');
  pop.hidden = true;
  pop.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  pop.addEventListener('pointerleave', (e) => { if (e.pointerType === 'mouse') hideSoon(); });
  document.body.append(pop);
  return pop;
}

/** The key's full path, rebuilt from the parent links on the block's keys. */
function keyPath(key: HTMLElement): string {
  const pre = key.closest<HTMLElement>('pre');
  const keys = [...(pre?.querySelectorAll<HTMLElement>('.doc-key') ?? [])];
  const links = keys.map((k) => ({ up: k.dataset.up ? Number(k.dataset.up) : undefined, via: k.dataset.via, root: k.dataset.root }));
  return pathOf(keys.indexOf(key), keys.map((k) => k.textContent ?? ''), links, pre?.dataset.docRoot ?? '');
}

type Docs = Record<string, [type: string, text: string]>;
let docs: Promise<Docs> | undefined;

/** The page's field descriptions, fetched once, on the first key a reader points at. */
function loadDocs(): Promise<Docs> {
  const src = document.querySelector<HTMLElement>('[data-field-docs-src]')?.dataset.fieldDocsSrc;
  docs ??= src ? fetch(src).then((r) => (r.ok ? r.json() : {})).catch(() => ({})) : Promise.resolve({});
  return docs;
}

/** Shows the description of one key below it. */
async function show(key: HTMLElement) {
  clearTimeout(hideTimer);
  const [docs] = await Promise.all([loadDocs(), loadStyles()]);
  const doc = docs[key.dataset.doc ?? ''];
  // The reader may have moved on while the descriptions loaded.
  if (!doc || (current && current !== key && !key.matches(':hover, :focus'))) return;
  const el = popover();
  const path = document.createElement('code');
  path.className = 'doc-path';
  path.textContent = keyPath(key);
  const type = document.createElement('span');
  type.className = 'doc-type';
  type.textContent = doc[0];
  const text = document.createElement('p');
  text.append(describedText(doc[1]));
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'doc-close';
  close.setAttribute('aria-label', '关闭字段说明');
  close.textContent = '×';
  close.addEventListener('click', () => closeAndReturn());
  el.replaceChildren(path, type, text, close);
  el.hidden = false;
  current?.removeAttribute('aria-describedby');
  current = key;
  key.setAttribute('aria-describedby', POP_ID);
  const box = key.getBoundingClientRect();
  // The page's own width, not the window's: on a phone the window can grow to fit whatever overflows.
  const page = document.documentElement.clientWidth;
  const width = Math.min(420, page - 16);
  el.style.width = `${width}px`;
  el.style.left = `${Math.max(8, Math.min(box.left, page - width - 8)) + window.scrollX}px`;
  el.style.top = `${box.bottom + window.scrollY + 6}px`;
}

function hide() {
  if (pop) pop.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = undefined;
}

/** Closes the popover and puts focus back on the sample it belongs to, where the reader was. */
function closeAndReturn() {
  const back = current?.closest<HTMLElement>('pre');
  hide();
  back?.focus();
}

const inPopover = (el: Element | null | undefined) => !!el?.closest?.(`#${POP_ID}`);

function hideSoon() {
  clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 250);
}

/** Moves keyboard focus to the next or previous key of a sample, one tab stop per block. */
function step(pre: HTMLElement, from: Element | null, delta: number) {
  const keys = Array.from(pre.querySelectorAll<HTMLElement>('.doc-key'));
  if (!keys.length) return;
  const at = from ? keys.indexOf(from as HTMLElement) : -1;
  const next = keys[at === -1 ? (delta > 0 ? 0 : keys.length - 1) : Math.max(0, Math.min(keys.length - 1, at + delta))]!;
  next.tabIndex = -1;
  next.focus();
  next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  show(next);
}

/** Reacts to one page event forwarded by the loader. */
export function handle(e: Event) {
  const target = e.target as Element;
  const key = target.closest?.<HTMLElement>('.doc-key') ?? null;
  switch (e.type) {
    case 'pointerover':
      if ((e as PointerEvent).pointerType !== 'mouse') return;
      if (key) show(key);
      else if (current && !inPopover(target)) hideSoon();
      return;
    case 'click':
      if (key) show(key);
      else if (!inPopover(target)) hide();
      return;
    case 'keydown': {
      const k = (e as KeyboardEvent).key;
      const pre = target.closest<HTMLElement>('pre[data-field-docs]');
      if (k === 'Escape' && current) {
        closeAndReturn();
      } else if (k === 'Tab' && !(e as KeyboardEvent).shiftKey && key && current === key && pop && !pop.hidden) {
        // The popover sits at the end of the page; Tab from the key it describes goes into it, to its link.
        const first = [...pop.querySelectorAll<HTMLElement>('a[href], button')].find((b) => b.getClientRects().length);
        if (first) {
          e.preventDefault();
          first.focus();
        }
      } else if (k === 'Tab' && current && inPopover(target)) {
        // Leaving the popover by Tab returns to the sample: back to the key, or past it to what follows.
        const stops = [...pop!.querySelectorAll<HTMLElement>('a[href], button')].filter((b) => b.getClientRects().length);
        const shift = (e as KeyboardEvent).shiftKey;
        if (shift && target === stops[0]) {
          e.preventDefault();
          current.focus();
        } else if (!shift && target === stops.at(-1)) {
          e.preventDefault();
          closeAndReturn();
        }
      } else if (pre && (k === 'ArrowDown' || k === 'ArrowUp')) {
        step(pre, key, k === 'ArrowDown' ? 1 : -1);
      }
      return;
    }
    case 'focusout': {
      const next = (e as FocusEvent).relatedTarget as Element | null;
      if (current && !next?.closest?.('.doc-key') && !inPopover(next)) hide();
    }
  }
}
