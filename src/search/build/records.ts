/**
 * Cuts a built page into one search record per question.
 *
 * A topic page holds many questions, but readers search for one answer, so each element marked
 * `data-pagefind-body` becomes its own Pagefind page addressed by its heading's anchor. Ranking then
 * scores a question against other questions (not a whole topic against other topics), and each
 * record carries its own filters.
 */
export interface SearchRecord {
  /** The address of the question: the page path plus its heading's anchor. */
  url: string;
  /** A standalone HTML document holding only that question, for Pagefind to index. */
  html: string;
}

/** Samples and code weigh least; `<pre>` comes from the Markdown pipeline, so the weight is added here. */
export const CODE_WEIGHT = '0.3';

/** Readers' phrasings of a question (frontmatter `aliases`) weigh just under its title (10). */
export const ALIAS_WEIGHT = '8';

const BODY_OPEN = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body(?:[\s=>/])[^>]*>/gi;

/** Returns the index just past the element that starts at `start`, counting nested tags of the same name. */
function elementEnd(html: string, tag: string, start: number, where: string): number {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  throw new Error(`${where}: <${tag} data-pagefind-body> at offset ${start} is never closed`);
}

/**
 * Finds every searchable element in `html` (the file at `file`, served at `pagePath`) and returns it as a record.
 * Throws, naming the file, when an element has no anchor to link to or an anchor repeats.
 */
export function questionRecords(html: string, pagePath: string, file: string): SearchRecord[] {
  const lang = /<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1] ?? 'zh-CN';
  const records: SearchRecord[] = [];
  const seen = new Set<string>();
  let previousEnd = 0;
  for (const open of html.matchAll(BODY_OPEN)) {
    const start = open.index;
    if (start < previousEnd) throw new Error(`${file}: searchable <${open[1]}> at offset ${start} sits inside another searchable element`);
    previousEnd = elementEnd(html, open[1]!, start, file);
    const element = html.slice(start, previousEnd);
    // The first id inside the element is its heading's: the anchor a result links to.
    const anchor = /<h[1-6]\b[^>]*\sid="([^"]+)"/i.exec(element)?.[1];
    if (!anchor) throw new Error(`${file}: searchable <${open[1]}> at offset ${start} has no heading with an id to link to`);
    if (seen.has(anchor)) throw new Error(`${file}: two searchable elements use the anchor #${anchor}`);
    seen.add(anchor);
    const body = element.replace(/<pre\b/gi, `<pre data-pagefind-weight="${CODE_WEIGHT}"`);
    records.push({
      url: `${pagePath}#${anchor}`,
      html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`,
    });
  }
  return records;
}
