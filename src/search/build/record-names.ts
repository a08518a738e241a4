import type { SearchRecord } from './records.ts';
import { distinctNames, NAME_FILTER } from '../names.ts';

/**
 * Gives each search record its names (see names.ts) as values of the `name` filter. They are worked
 * out here, from the title and aliases each record already carries, because whether a name says
 * which question is meant depends on every other question's names; and so the pages themselves
 * carry no extra markup.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of an HTML fragment: tags dropped, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

/** The inner HTML of the first element carrying `data-pagefind-meta="<meta>"`, or ''. */
function metaElement(html: string, meta: string): string {
  const found = new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\sdata-pagefind-meta="${meta}"[^>]*>([\\s\\S]*?)</\\1>`, 'i').exec(html);
  return found?.[2] ?? '';
}

/** A record's title and aliases, as QuestionSection.astro marks them (meta `title`, and meta `aliases` joined with '；'). */
export function recordHeadline(html: string): { title: string; aliases: string[] } {
  const aliases = htmlText(metaElement(html, 'aliases')).split('；').map((a) => a.trim()).filter(Boolean);
  return { title: htmlText(metaElement(html, 'title')).trim(), aliases };
}

/** The records, each with its names as hidden `name` filter values inside its searchable element. */
export function withNames(records: readonly SearchRecord[]): SearchRecord[] {
  const names = distinctNames(records.map((r) => ({ id: r.url, ...recordHeadline(r.html) })));
  return records.map((r) => {
    const spans = (names.get(r.url) ?? []).map((n) => `<span data-pagefind-filter="${NAME_FILTER}:${n}"></span>`).join('');
    // Before the searchable element's closing tag: only what is inside it belongs to the record.
    return { ...r, html: r.html.replace(/(<\/[a-z][a-z0-9]*>)(\s*<\/body>)/i, `${spans}$1$2`) };
  });
}
