/** A piece of excerpt text, marked when it is one of the searched words. */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

/** Characters shown per excerpt, and how many of them come before the first match. */
const LENGTH = 90;
const LEAD = 24;

/**
 * Where the window before a match opens: at the start of its sentence (after 。！？； or a heading's
 * “. ”) when that is near enough, otherwise a fixed lead before the match.
 */
function sentenceStart(text: string, match: number): number {
  const from = Math.max(0, match - LEAD);
  const before = text.slice(from, match);
  const breaks = [...before.matchAll(/[。！？；]|\. /g)];
  const last = breaks.at(-1);
  return last ? from + last.index + last[0].length : from;
}

/**
 * Picks the excerpt for a result from the question's indexed text: the title is left out (the
 * result shows it already) and so are the hidden other-language names at the end. The window opens
 * just before the first searched word; when only a hidden name matched, it opens on the one-line
 * answer. Every searched word inside the window is marked.
 */
export function excerptPieces(content: string, title: string, hidden: string[], words: string[]): ExcerptPiece[] {
  let text = content.trim();
  if (title && text.startsWith(title)) text = text.slice(title.length);
  for (const names of hidden.filter(Boolean).reverse()) {
    const at = text.lastIndexOf(names);
    if (at >= 0 && text.slice(at + names.length).replace(/[\s.]/g, '') === '') text = text.slice(0, at);
  }
  text = text.replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  const needles = [...new Set(words.map((w) => w.toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const first = Math.min(...needles.map((n) => lower.indexOf(n)).filter((i) => i >= 0));
  const start = Number.isFinite(first) ? sentenceStart(text, first) : 0;
  const end = Math.min(text.length, start + LENGTH);
  const pieces: ExcerptPiece[] = [];
  const push = (t: string, mark: boolean) => { if (t) pieces.push({ text: t, mark }); };
  if (start > 0) push('…', false);
  let at = start;
  while (at < end) {
    let hit = -1;
    let len = 0;
    for (const n of needles) {
      const i = lower.indexOf(n, at);
      if (i >= 0 && i < end && (hit < 0 || i < hit || (i === hit && n.length > len))) { hit = i; len = n.length; }
    }
    if (hit < 0) { push(text.slice(at, end), false); break; }
    push(text.slice(at, hit), false);
    push(text.slice(hit, Math.min(hit + len, end)), true);
    at = hit + len;
  }
  if (end < text.length) push('…', false);
  return pieces;
}

/** Builds excerpt nodes from plain text only, so nothing from the index or the query can run as markup. */
export function excerptFragment(pieces: ExcerptPiece[]): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const piece of pieces) {
    if (piece.mark) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      out.append(mark);
    } else {
      out.append(document.createTextNode(piece.text));
    }
  }
  return out;
}
