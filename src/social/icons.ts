/**
 * The site's icons as files browsers and phones ask for: favicon.ico, the apple-touch-icon and the
 * web manifest's icons, all drawn at build time from the wheel in public/favicon.svg.
 */
import { Resvg } from '@resvg/resvg-js';
import { wheelMarkup } from './brand.ts';

export interface IconLook {
  /** Opaque background colour, for icons a system shows on its own backdrop (home screens). */
  background?: string;
  /** Share of the icon the wheel takes, 1 = edge to edge. Maskable icons need the middle 80 %. */
  scale?: number;
}

/** The web manifest's icons: plain ones, and a maskable one whose wheel stays inside the safe zone. */
export const MANIFEST_ICONS: { name: string; size: number; look: IconLook; purpose: string }[] = [
  { name: 'icon-192', size: 192, look: {}, purpose: 'any' },
  { name: 'icon-512', size: 512, look: {}, purpose: 'any' },
  { name: 'icon-maskable-512', size: 512, look: { background: '#ffffff', scale: 0.7 }, purpose: 'maskable' },
];

export function iconSvg({ background, scale = 1 }: IconLook = {}): string {
  const inset = (32 * (1 - scale)) / 2;
  const fill = background ? `<rect width="32" height="32" fill="${background}"/>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${fill}<g transform="translate(${inset} ${inset}) scale(${scale})">${wheelMarkup()}</g></svg>`;
}

export function iconPng(size: number, look: IconLook = {}): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(iconSvg(look), { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } });
  return new Uint8Array(resvg.render().asPng());
}

/** An .ico file holding PNG images (every browser since IE Vista-era reads PNG inside ICO). */
export function icoFile(images: { size: number; png: Uint8Array }[]): Uint8Array<ArrayBuffer> {
  const header = 6 + images.length * 16;
  const total = header + images.reduce((n, i) => n + i.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true);
  view.setUint16(2, 1, true);
  view.setUint16(4, images.length, true);
  let offset = header;
  images.forEach(({ size, png }, i) => {
    if (size < 1 || size > 256) throw new Error(`icoFile: an icon of ${size} px cannot go in an .ico file (1–256)`);
    const at = 6 + i * 16;
    view.setUint8(at, size === 256 ? 0 : size);
    view.setUint8(at + 1, size === 256 ? 0 : size);
    view.setUint16(at + 4, 1, true);
    view.setUint16(at + 6, 32, true);
    view.setUint32(at + 8, png.length, true);
    view.setUint32(at + 12, offset, true);
    out.set(png, offset);
    offset += png.length;
  });
  return out;
}
