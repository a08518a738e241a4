/**
 * Just enough of a TrueType/OpenType font to lay out one line of text: which characters it has
 * (cmap, formats 4 and 12) and how wide each is (hmtx). Preview images wrap their text with these
 * widths, and a character the font lacks stops the build instead of rendering as an empty box.
 */

export interface FontMetrics {
  unitsPerEm: number;
  /** The glyph for a code point, 0 when the font has none. */
  glyphOf(codePoint: number): number;
  /** A glyph's advance width, in font units. */
  advanceOf(glyph: number): number;
}

interface Table { offset: number; length: number }

function tables(data: DataView, where: string): Map<string, Table> {
  const count = data.getUint16(4);
  const found = new Map<string, Table>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(data.getUint8(at), data.getUint8(at + 1), data.getUint8(at + 2), data.getUint8(at + 3));
    found.set(tag, { offset: data.getUint32(at + 8), length: data.getUint32(at + 12) });
  }
  for (const tag of ['head', 'hhea', 'hmtx', 'cmap']) {
    if (!found.has(tag)) throw new Error(`${where}: not a TrueType/OpenType font with a "${tag}" table`);
  }
  return found;
}

/** A cmap subtable of format 12 (every plane): sorted groups, searched by halves. */
function format12(data: DataView, at: number): (cp: number) => number {
  const groups = data.getUint32(at + 12);
  return (cp) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = at + 16 + mid * 12;
      const start = data.getUint32(g);
      const end = data.getUint32(g + 4);
      if (cp < start) hi = mid - 1;
      else if (cp > end) lo = mid + 1;
      else return data.getUint32(g + 8) + (cp - start);
    }
    return 0;
  };
}

/** A cmap subtable of format 4 (the Basic Multilingual Plane only). */
function format4(data: DataView, at: number): (cp: number) => number {
  const segments = data.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (cp > data.getUint16(ends + i * 2)) continue;
      const start = data.getUint16(starts + i * 2);
      if (cp < start) return 0;
      const delta = data.getInt16(deltas + i * 2);
      const rangeOffset = data.getUint16(rangeOffsets + i * 2);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const glyph = data.getUint16(rangeOffsets + i * 2 + rangeOffset + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

export function readFontMetrics(bytes: Uint8Array, where = 'font'): FontMetrics {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const t = tables(data, where);
  const unitsPerEm = data.getUint16(t.get('head')!.offset + 18);
  const metricsCount = data.getUint16(t.get('hhea')!.offset + 34);
  const hmtx = t.get('hmtx')!.offset;
  const cmap = t.get('cmap')!.offset;
  const subtables: { platform: number; encoding: number; at: number; format: number }[] = [];
  for (let i = 0; i < data.getUint16(cmap + 2); i++) {
    const rec = cmap + 4 + i * 8;
    const at = cmap + data.getUint32(rec + 4);
    subtables.push({ platform: data.getUint16(rec), encoding: data.getUint16(rec + 2), at, format: data.getUint16(at) });
  }
  const unicode = (s: { platform: number; encoding: number }) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const full = subtables.find((s) => unicode(s) && s.format === 12);
  const bmp = subtables.find((s) => unicode(s) && s.format === 4);
  const glyphOf = full ? format12(data, full.at) : bmp ? format4(data, bmp.at) : undefined;
  if (!glyphOf) throw new Error(`${where}: no Unicode character map of format 4 or 12`);
  return {
    unitsPerEm,
    glyphOf,
    advanceOf: (glyph) => data.getUint16(hmtx + Math.min(glyph, metricsCount - 1) * 4),
  };
}

/** The characters of `text` the font has no glyph for (spaces and line breaks need none). */
export function missingCharacters(font: FontMetrics, text: string): string[] {
  const missing = new Set<string>();
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    if (font.glyphOf(ch.codePointAt(0)!) === 0) missing.add(ch);
  }
  return [...missing];
}

/** How wide `text` is at `size` pixels (no kerning: a little wider than drawn, never narrower by much). */
export function textWidth(font: FontMetrics, text: string, size: number): number {
  let units = 0;
  for (const ch of text) units += font.advanceOf(font.glyphOf(ch.codePointAt(0)!));
  return (units * size) / font.unitsPerEm;
}
