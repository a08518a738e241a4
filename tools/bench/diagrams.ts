// What diagrams cost the pages that carry them: each diagram's inline SVG (raw and gzip), and how
// much gzip each page gains from its diagrams, against the budget of 15 KB per page.
// Used by npm run bench; on its own: node tools/bench/diagrams.ts [dist]   (default: dist)
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIAGRAM_BUDGET_GZIP = 15 * 1024;

export interface DiagramCost { caption: string; raw: number; gzip: number }
export interface PageDiagramCost { page: string; diagrams: DiagramCost[]; addedGzip: number }

// The drawing of a figure: its hint (if any) and scrolling canvas with the SVG. Caption and
// description are text the answer would need anyway.
const DRAWING = /(?:<p class="diagram-hint"[^>]*>[^<]*<\/p>)?<div class="diagram-canvas[^"]*"[^>]*><svg[\s\S]*?<\/svg><\/div>/g;
const CAPTION = /<figcaption[^>]*>([^<]*)<\/figcaption>/g;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(path.join(dir, e.name)) : e.name.endsWith('.html') ? [path.join(dir, e.name)] : []);
}

const gzip = (s: string) => gzipSync(s, { level: 9 }).length;

/** Every page of `dist` that carries diagrams, with each diagram's size and the gzip they add together. */
export function diagramCosts(dist: string): PageDiagramCost[] {
  const pages: PageDiagramCost[] = [];
  for (const file of htmlFiles(dist).sort()) {
    const html = readFileSync(file, 'utf8');
    const drawings = html.match(DRAWING) ?? [];
    if (!drawings.length) continue;
    const captions = [...html.matchAll(CAPTION)].map((m) => m[1]!);
    pages.push({
      page: `/${path.relative(dist, file).split(path.sep).join('/').replace(/index\.html$/, '')}`,
      diagrams: drawings.map((d, i) => ({ caption: captions[i] ?? '?', raw: Buffer.byteLength(d), gzip: gzip(d) })),
      addedGzip: gzip(html) - gzip(html.replace(DRAWING, '')),
    });
  }
  return pages;
}

export function printDiagramCosts(pages: PageDiagramCost[]): string[] {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log('\nDiagrams: inline SVG, raw / gzip alone; per page, the gzip its diagrams add to the page');
  for (const p of pages) {
    console.log(`  ${p.page}  +${kb(p.addedGzip)} gzip for ${p.diagrams.length} diagram(s)`);
    for (const d of p.diagrams) console.log(`    ${kb(d.raw).padStart(8)} / ${kb(d.gzip).padStart(7)}  ${d.caption}`);
  }
  const count = pages.reduce((n, p) => n + p.diagrams.length, 0);
  console.log(`  ${count} diagrams on ${pages.length} pages`);
  return pages.filter((p) => p.addedGzip > DIAGRAM_BUDGET_GZIP)
    .map((p) => `${p.page}: diagrams add ${kb(p.addedGzip)} gzip, budget ${kb(DIAGRAM_BUDGET_GZIP)}`);
}

if (import.meta.main) {
  const problems = printDiagramCosts(diagramCosts(path.resolve(process.argv[2] ?? 'dist')));
  console.log(problems.length ? problems.map((p) => `  OVER BUDGET ${p}`).join('\n') : '  within budget');
  process.exitCode = problems.length ? 1 : 0;
}
