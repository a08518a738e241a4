/**
 * Full answers for the flashcards, fetched one question at a time from /practice/answers/<id>/ (a small
 * page holding only that answer, built from the same MDX as the topic page), so a session never loads
 * whole topic pages. The stylesheets that page links (code colours) are added to this page the first time,
 * and an answer is handed over only once they have loaded.
 */
import { sitePath } from '../../handbook/site-path.ts';

const answers = new Map<string, Promise<Element>>();
const stylesheets = new Map<string, Promise<void>>();

/**
 * Adds a stylesheet the answer page links, once, and settles when it has loaded (or failed to: the
 * answer then shows unstyled rather than never). An answer shown before its code styles arrive would
 * lay its samples out unwrapped, a page wider than a phone, for a moment.
 */
function stylesheet(link: HTMLLinkElement): Promise<void> {
  const href = link.getAttribute('href')!;
  let loaded = stylesheets.get(href);
  if (loaded) return loaded;
  if (document.querySelector(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`)) {
    // Linked by this page itself, so already applied.
    loaded = Promise.resolve();
  } else {
    const added = document.importNode(link);
    loaded = new Promise((settle) => {
      added.addEventListener('load', () => settle(), { once: true });
      added.addEventListener('error', () => settle(), { once: true });
    });
    document.head.append(added);
  }
  stylesheets.set(href, loaded);
  return loaded;
}

async function fetchAnswer(id: string): Promise<Element> {
  const response = await fetch(sitePath(`/practice/answers/${id}/`));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  await Promise.all([...page.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(stylesheet));
  const answer = page.querySelector(`[data-answer-of="${CSS.escape(id)}"]`);
  if (!answer) throw new Error('the page holds no answer');
  // Field descriptions need their topic's popover, which this page does not load: show the keys as plain code.
  answer.querySelectorAll('.doc-hint').forEach((hint) => hint.remove());
  answer.querySelectorAll('[data-field-docs]').forEach((pre) => pre.removeAttribute('data-field-docs'));
  answer.querySelectorAll('.doc-key').forEach((key) => { key.classList.remove('doc-key'); key.removeAttribute('data-doc'); });
  return answer;
}

/** Starts loading a question's answer (again only if an earlier attempt failed). */
export function prefetchAnswer(id: string): Promise<Element> {
  let answer = answers.get(id);
  if (!answer) {
    answer = fetchAnswer(id);
    answers.set(id, answer);
    answer.catch(() => answers.delete(id));
  }
  return answer;
}

/** A fresh copy of the answer's content, ready to insert. */
export async function answerNodes(id: string): Promise<Node[]> {
  const answer = await prefetchAnswer(id);
  return Array.from(document.importNode(answer, true).childNodes);
}
