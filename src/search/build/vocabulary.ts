import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import { latinWords } from '../latin-words.ts';

/**
 * The search vocabulary: every Latin word the index holds (titles, answers, code and hidden
 * aliases alike), for correcting a misspelt query word in the browser. Pagefind has no typo
 * tolerance and answers an unknown word with whatever shares its first letters.
 */

/** Elements whose text Pagefind leaves out, as the integration configures it. */
function ignored(node: Nodes): boolean {
  return node.type === 'element' && (node.tagName === 'button' || node.properties.dataPagefindIgnore !== undefined);
}

const BLOCK = new Set(['p', 'div', 'section', 'li', 'ul', 'ol', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr', 'table', 'br', 'aside', 'blockquote', 'dt', 'dd']);

/** The text of a search record's HTML that Pagefind indexes, with blocks kept apart. */
export function indexedText(html: string): string {
  const parts: string[] = [];
  const walk = (node: Nodes) => {
    if (ignored(node)) return;
    if (node.type === 'text') parts.push(node.value);
    if (!('children' in node)) return;
    const block = node.type === 'element' && BLOCK.has(node.tagName);
    if (block) parts.push(' ');
    for (const child of node.children) walk(child as Nodes);
    if (block) parts.push(' ');
  };
  walk(fromHtml(html));
  return parts.join('');
}

/**
 * The words of all records, each once, most widespread first (so a correction prefers the word
 * more questions use), ties in alphabetical order so the file is the same on every build.
 */
export function vocabulary(texts: string[]): string[] {
  const questions = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(latinWords(text))) questions.set(word, (questions.get(word) ?? 0) + 1);
  }
  return [...questions].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

/** The file the browser loads (see vocabularyFile). */
export const VOCABULARY_FILE = 'vocabulary.txt';

/**
 * The file's text: the number of questions indexed on the first line (the base of how rare a word
 * is, known here at no cost), then one word a line.
 */
export function vocabularyFile(questions: number, words: string[]): string {
  return `${questions}\n${words.join('\n')}\n`;
}
