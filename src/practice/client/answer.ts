/**
 * Full answers for the flashcards, fetched one question at a time from /practice/answers/<id>/ (a small
 * page holding only that answer, built from the same MDX as the topic page), so a session never loads
 * whole topic pages. The stylesheets that page links (code colours) are added to this page the first time.
 */
import { sitePath } from '../../handbook/site-path.ts';

const answers = new Map<string, Promise<Element>>();

async function fetchAnswer(id: string): Promise<Element> {
  const response = await fetch(sitePath(`/practice/answers/${id}/`));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  for (const link of page.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    const href = link.getAttribute('href')!;
    if (!document.querySelector(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`)) document.head.append(document.importNode(link));
  }
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
