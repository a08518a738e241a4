/**
 * Breaks Chinese-and-English text into lines of at most a given width, as a reader expects: between
 * Chinese characters and at spaces, never inside an English word or identifier unless it alone is too
 * wide, no closing punctuation at the start of a line or opening punctuation at its end, and no last
 * line holding a single character. Pure: the width of a piece of text is passed in.
 */

// Full-width only: ASCII punctuation belongs to the word it is in (`v1.36`, `spec.replicas`).
const CLOSING = '，。、：；！？）》」』】〕〉…’”';
const OPENING = '（《「『【〔〈‘“';
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/** Units that must stay together: a Chinese character (with its punctuation), or an English word. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let word = '';
  const flush = () => { if (word) units.push(word); word = ''; };
  for (const ch of text) {
    if (ch === ' ') {
      flush();
      units.push(' ');
    } else if (WIDE.test(ch) || CLOSING.includes(ch) || OPENING.includes(ch)) {
      flush();
      units.push(ch);
    } else {
      word += ch;
    }
  }
  flush();
  // Punctuation sticks to its neighbour: closing to what it closes, opening to what it opens.
  const joined: string[] = [];
  let carry = '';
  for (const unit of units) {
    if (CLOSING.includes(unit) && joined.length && joined.at(-1) !== ' ') joined[joined.length - 1] += unit;
    else if (OPENING.includes(unit)) carry += unit;
    else {
      joined.push(carry + unit);
      carry = '';
    }
  }
  if (carry) joined.push(carry);
  return joined;
}

export interface WrapOptions {
  maxWidth: number;
  maxLines: number;
  widthOf: (text: string) => number;
}

/** Splits a unit too wide for any line (a very long identifier) into pieces that fit. */
function splitWide(unit: string, { maxWidth, widthOf }: WrapOptions): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of unit) {
    if (piece && widthOf(piece + ch) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

export function wrapText(text: string, options: WrapOptions): string[] {
  const { maxWidth, maxLines, widthOf } = options;
  const units = breakUnits(text.trim().replace(/\s+/g, ' ')).flatMap((u) => (widthOf(u) > maxWidth ? splitWide(u, options) : [u]));
  const lines: string[][] = [[]];
  for (const unit of units) {
    const line = lines.at(-1)!;
    if (unit === ' ' && line.length === 0) continue;
    if (line.length && widthOf([...line, unit].join('').trimEnd()) > maxWidth) {
      if (unit === ' ') continue;
      lines.push([unit]);
    } else {
      line.push(unit);
    }
  }
  // A last line of one character looks like a mistake: give it a companion from the line above.
  const last = lines.at(-1)!;
  const previous = lines.at(-2);
  if (previous && last.length === 1 && [...last[0]!].length === 1 && previous.length > 2) {
    let moved = previous.pop()!;
    if (moved === ' ') moved = previous.pop()!;
    last.unshift(moved);
  }
  let out = lines.map((l) => l.join('').trim()).filter(Boolean);
  if (out.length > maxLines) {
    out = out.slice(0, maxLines);
    let tail = out[maxLines - 1]!;
    while (tail && widthOf(`${tail}…`) > maxWidth) tail = [...tail].slice(0, -1).join('');
    out[maxLines - 1] = `${tail.replace(/[\s，、：；]+$/u, '')}…`;
  }
  return out;
}
