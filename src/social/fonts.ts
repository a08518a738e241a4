/**
 * The Chinese font preview images are drawn with: Noto Sans SC, from an npm package, so the build
 * renders the same on every machine and downloads nothing. The browser pages never load it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readFontMetrics, type FontMetrics } from './font-metrics.ts';

export const FONT_FAMILY = 'Noto Sans SC';
const PACKAGE = '@expo-google-fonts/noto-sans-sc';

export interface PreviewFonts {
  files: string[];
  regular: FontMetrics;
  bold: FontMetrics;
}

let fonts: PreviewFonts | undefined;

export function previewFonts(root = process.cwd()): PreviewFonts {
  if (fonts) return fonts;
  let dir: string;
  try {
    dir = path.dirname(createRequire(path.join(root, 'package.json')).resolve(`${PACKAGE}/package.json`));
  } catch {
    throw new Error(`the preview images need the font package ${PACKAGE}; run npm install`);
  }
  const regular = path.join(dir, '400Regular/NotoSansSC_400Regular.ttf');
  const bold = path.join(dir, '700Bold/NotoSansSC_700Bold.ttf');
  fonts = {
    files: [regular, bold],
    regular: readFontMetrics(readFileSync(regular), regular),
    bold: readFontMetrics(readFileSync(bold), bold),
  };
  return fonts;
}
