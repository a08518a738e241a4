/**
 * The site's mark, read from public/favicon.svg so the icons and preview images drawn at build time
 * always show the same wheel as the page header.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

let wheel: string | undefined;

/** The inner markup of the `wheel` symbol: paths drawn on a 32 × 32 grid. */
export function wheelMarkup(root = process.cwd()): string {
  if (wheel !== undefined) return wheel;
  const file = path.join(root, 'public/favicon.svg');
  const svg = readFileSync(file, 'utf8');
  const inner = /<symbol\b[^>]*\bid="wheel"[^>]*>([\s\S]*?)<\/symbol>/.exec(svg)?.[1];
  if (!inner) throw new Error(`${file}: no <symbol id="wheel"> to draw the site icons from`);
  wheel = inner.trim();
  return wheel;
}

/** Escapes text for an SVG text node or attribute. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
