/**
 * Measures search in Chromium against the production build: query latency with a warm index
 * (median and p95 over every query of both search suites, several rounds, overall and by path:
 * one word, several words, corrected spelling, no question holding every word) and the index size.
 * Run `npm run build` first. Figures are printed, not asserted.
 *
 *   npm run bench:search [-- --rounds 5]
 */
import { chromium } from '@playwright/test';
import type { Server } from 'node:http';
import { serveStatic } from '../lib/static-server.ts';
import { chromiumLaunchOptions } from '../browser/chromium.ts';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { searchCases } from '../../tests/search/queries.ts';
import { readerCases } from '../../tests/search/reader-queries.ts';

const DIST = path.resolve('dist');

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`bench-search: --${name} needs a whole number of at least 1, got ${JSON.stringify(process.argv[at + 1])}`);
  return value;
}

/** Total bytes under a directory, and the same per top-level entry kind. */
function sizes(dir: string): { total: number; byKind: Map<string, number> } {
  const byKind = new Map<string, number>();
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = statSync(file).size;
    total += bytes;
    const rel = path.relative(dir, file);
    const kind = rel.includes(path.sep) ? rel.split(path.sep)[0]! : rel.replace(/^.*\./, '*.');
    byKind.set(kind, (byKind.get(kind) ?? 0) + bytes);
  }
  return { total, byKind };
}

/** Serves dist/ on a free loopback port, so the benchmark never collides with a running preview. */
async function serve(): Promise<{ server: Server; origin: string }> {
  const server = await serveStatic(DIST, 0);
  const { port } = server.address() as { port: number };
  return { server, origin: `http://127.0.0.1:${port}` };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  if (!existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))) throw new Error(`bench-search: ${DIST}/pagefind/pagefind.js is missing; run \`npm run build\` first`);
  const engineChunk = readdirSync(path.join(DIST, '_astro')).find((f) => /^engine\..*\.js$/.test(f));
  if (!engineChunk) throw new Error(`bench-search: no search engine chunk in ${DIST}/_astro; is this a build of this site?`);
  const rounds = option('rounds', 5);
  const queries = [...new Set([...searchCases, ...readerCases].map((c) => c.query))];

  const { server, origin } = await serve();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    // Pagefind fetches its index from a worker, so bytes are counted from the network, not the page.
    let fetched = 0;
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) fetched += Number(r.headers()['content-length'] ?? 0);
    });
    await page.goto(`${origin}/`);
    const url = `/_astro/${engineChunk}`;
    const first = await page.evaluate(async ({ url, query }) => {
      const engine = await import(url);
      const t0 = performance.now();
      const index = await engine.loadPagefind();
      const load = performance.now() - t0;
      const c0 = performance.now();
      await engine.findQuestions(index, query);
      return { load, cold: performance.now() - c0 };
    }, { url, query: queries[0]! });
    const firstBytes = fetched;
    const timings = await page.evaluate(async ({ url, queries, rounds }) => {
      const engine = await import(url);
      const index = await engine.loadPagefind();
      // Warm every chunk and fragment, and note which path each query takes.
      const paths: Record<string, string[]> = {};
      for (const q of queries) {
        const outcome = await engine.findQuestions(index, q);
        const words = new URL(outcome.hits[0]?.url ?? '/', 'http://x').searchParams.getAll('pagefind-highlight').length;
        const path = [words > 1 ? 'several words' : 'one word'];
        if (outcome.corrected) path.push('corrected spelling');
        if (outcome.partial) path.push('no question holds every word');
        paths[q] = path;
      }
      const full: { query: string; ms: number }[] = [];
      const raw: number[] = [];
      for (let r = 0; r < rounds; r++) {
        for (const q of queries) {
          const a = performance.now();
          await engine.findQuestions(index, q);
          full.push({ query: q, ms: performance.now() - a });
          const b = performance.now();
          await index.pagefind.search(q);
          raw.push(performance.now() - b);
        }
      }
      return { full, raw, paths };
    }, { url, queries, rounds });
    const allBytes = fetched;

    const report = (label: string, values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      console.log(`  ${label.padEnd(34)} median ${ms(percentile(sorted, 50)).padStart(9)}   p95 ${ms(percentile(sorted, 95)).padStart(9)}   max ${ms(sorted.at(-1)!).padStart(9)}`);
    };
    console.log(`search latency in Chromium, warm index: ${queries.length} queries (both suites) × ${rounds} rounds`);
    report('search as the dialog runs it', timings.full.map((t) => t.ms));
    for (const path of ['one word', 'several words', 'corrected spelling', 'no question holds every word']) {
      const of = timings.full.filter((t) => timings.paths[t.query]!.includes(path));
      if (of.length) report(`  ${path} (${of.length / rounds})`, of.map((t) => t.ms));
    }
    report('Pagefind search() alone', timings.raw);
    console.log(`  loading Pagefind: ${ms(first.load)}; first query after loading (cold): ${ms(first.cold)}`);

    const index = sizes(path.join(DIST, 'pagefind'));
    console.log(`\nindex size (dist/pagefind): ${index.total} bytes (${kb(index.total)})`);
    console.log(`  fetched for the first query (“${queries[0]}”): ${kb(firstBytes)}; after all ${queries.length} queries: ${kb(allBytes)} (file bytes; Pagefind compresses its index files itself)`);
    for (const [kind, bytes] of [...index.byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(34)} ${kb(bytes).padStart(10)}`);
    const eager = readdirSync(path.join(DIST, '_astro')).filter((f) => f.startsWith('SearchDialog') && f.endsWith('.js'));
    const eagerBytes = eager.reduce((n, f) => n + statSync(path.join(DIST, '_astro', f)).size, 0);
    console.log(`\nsearch script every page loads before any interaction: ${eagerBytes} bytes (${kb(eagerBytes)}), uncompressed`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
