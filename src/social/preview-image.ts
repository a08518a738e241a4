/**
 * Social preview images (og:image): 1200 × 630 PNGs drawn at build time from an SVG with resvg and
 * the bundled Noto Sans SC, so Chinese renders correctly and the images are served from the site
 * itself. Text is wrapped with the font's own widths; a character the font lacks stops the build.
 */
import { Resvg } from '@resvg/resvg-js';
import { missingCharacters, textWidth, type FontMetrics } from './font-metrics.ts';
import { wrapText } from './wrap-text.ts';
import { wheelMarkup, xmlText } from './brand.ts';
import { FONT_FAMILY, previewFonts } from './fonts.ts';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

export interface PreviewCard {
  /** Small line above the title, e.g. “专题 05 · 5 题”. */
  eyebrow?: string;
  title: string;
  description: string;
  /** The line at the bottom left. */
  footer: string;
  /** The site's host, shown at the bottom right. */
  host: string;
}

const X = 80;
const TEXT_WIDTH = PREVIEW_WIDTH - 2 * X;
const TITLE = { size: 60, line: 80, maxLines: 3 };
const DESCRIPTION = { size: 30, line: 46, maxLines: 3, lowest: 520 };

function lines(font: FontMetrics, text: string, size: number, maxLines: number): string[] {
  return wrapText(text, { maxWidth: TEXT_WIDTH, maxLines, widthOf: (t) => textWidth(font, t, size) });
}

function text(x: number, y: number, size: number, weight: number, fill: string, content: string, anchor = 'start'): string {
  return `<text x="${x}" y="${y}" font-family="${FONT_FAMILY}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${xmlText(content)}</text>`;
}

/** The card as SVG. Throws, naming `where`, when the font cannot draw one of its characters. */
export function previewSvg(card: PreviewCard, where: string): string {
  const { regular, bold } = previewFonts();
  const all = [card.eyebrow ?? '', card.title, card.description, card.footer, card.host].join('');
  const missing = [...new Set([...missingCharacters(regular, all), ...missingCharacters(bold, card.title)])];
  if (missing.length) {
    throw new Error(`${where}: the preview image font (${FONT_FAMILY}) has no glyph for ${missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`).join(', ')}`);
  }
  const parts: string[] = [
    `<rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="#0d1117"/>`,
    `<rect width="${PREVIEW_WIDTH}" height="10" fill="#326ce5"/>`,
    `<svg x="${X}" y="62" width="56" height="56" viewBox="0 0 32 32">${wheelMarkup()}</svg>`,
    text(X + 72, 102, 32, 700, '#c9d1d9', 'Kubernetes 面试手册'),
  ];
  let y = 196;
  if (card.eyebrow) {
    parts.push(text(X, y, 30, 400, '#79b8ff', card.eyebrow));
    y += 76;
  } else {
    y += 48;
  }
  const titleLines = lines(bold, card.title, TITLE.size, TITLE.maxLines);
  titleLines.forEach((line, i) => parts.push(text(X, y + i * TITLE.line, TITLE.size, 700, '#f0f6fc', line)));
  let descY = y + (titleLines.length - 1) * TITLE.line + 66;
  const room = Math.min(DESCRIPTION.maxLines, Math.floor((DESCRIPTION.lowest - descY) / DESCRIPTION.line) + 1);
  if (room > 0) {
    for (const line of lines(regular, card.description, DESCRIPTION.size, room)) {
      parts.push(text(X, descY, DESCRIPTION.size, 400, '#b1bac4', line));
      descY += DESCRIPTION.line;
    }
  }
  parts.push(`<rect x="${X}" y="548" width="${TEXT_WIDTH}" height="1" fill="#30363d"/>`);
  parts.push(text(X, 592, 24, 400, '#9da7b3', card.footer));
  parts.push(text(PREVIEW_WIDTH - X, 592, 24, 400, '#9da7b3', card.host, 'end'));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">${parts.join('')}</svg>`;
}

/** Draws an SVG to PNG with only the bundled fonts, so no machine's own fonts change the result. */
export function renderPng(svg: string, width?: number): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    font: { fontFiles: previewFonts().files, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    ...(width ? { fitTo: { mode: 'width' as const, value: width } } : {}),
  });
  // A copy in a plain ArrayBuffer, which a Response body accepts.
  return new Uint8Array(resvg.render().asPng());
}

export function previewPng(card: PreviewCard, where: string): Uint8Array<ArrayBuffer> {
  return renderPng(previewSvg(card, where));
}
