import type { SearchRecord } from './records.ts';
import { indexedText } from './vocabulary.ts';
import { distinctNames, nameToken } from '../names.ts';

/**
 * Works out each search record's names (see names.ts) from the title and aliases it already carries,
 * here, because whether a name says which question is meant depends on every other question's
 * names, and writes them to a file the browser loads with the vocabulary. Neither the pages nor the
 * index carry them: as Pagefind filter values they would slow every search (Pagefind counts every
 * loaded filter's values each time), and as indexed words they would cost a search each.
 */

/** The inner HTML of the first element carrying `data-pagefind-meta="<meta>"`, or ''. */
function metaElement(html: string, meta: string): string {
  const found = new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\sdata-pagefind-meta="${meta}"[^>]*>([\\s\\S]*?)</\\1>`, 'i').exec(html);
  return found?.[2] ?? '';
}

/** A record's title and aliases, as QuestionSection.astro marks them (meta `title`, and meta `aliases` joined with '；'). */
export function recordHeadline(html: string): { title: string; aliases: string[] } {
  // Read as Pagefind reads them (see indexedText): tags dropped, entities decoded.
  const aliases = indexedText(metaElement(html, 'aliases')).split('；').map((a) => a.trim()).filter(Boolean);
  return { title: indexedText(metaElement(html, 'title')).trim(), aliases };
}

/** Each record's name words (see nameToken), by its url. */
export function recordNames(records: readonly SearchRecord[]): Map<string, string[]> {
  const names = distinctNames(records.map((r) => ({ id: r.url, ...recordHeadline(r.html) })));
  return new Map(records.map((r) => [r.url, [...new Set((names.get(r.url) ?? []).map(nameToken))]]));
}

/** The file the browser loads with the vocabulary (see namesFile). */
export const NAMES_FILE = 'names.txt';

/**
 * The file's text: one line per name, its word and the Pagefind page id of the question it names
 * (`pages`: url → id), sorted so the file is the same on every build.
 */
export function namesFile(names: Map<string, string[]>, pages: Map<string, string>): string {
  const lines: string[] = [];
  for (const [url, tokens] of names) {
    const page = pages.get(url);
    if (!page) throw new Error(`search names: Pagefind wrote no page for ${url}`);
    for (const token of tokens) lines.push(`${token}\t${page}`);
  }
  return `${lines.sort().join('\n')}\n`;
}
