/**
 * Runs a search suite through the real dialog of a built site in Chromium and prints top-1 / top-3
 * per kind of query and every miss. For tuning and for comparing builds; the pass/fail gate is
 * tests/e2e/search-quality.spec.ts.
 *
 *   npx node tools/search-eval.ts [--suite queries|reader] [--split tune|holdout|all] [--batch N|all] [--dist DIR]
 *
 * `--batch` takes any batch in READER_BATCHES (tests/search/reader-suite.ts). `--dist` defaults to
 * ./dist (run `npm run build` first); point it at another build to compare.
 * The misses of the later batches' holdout halves are never printed (see tests/search/README.md).
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from './lib/static-server.ts';
import { chromiumLaunchOptions } from './browser/chromium.ts';
import { gradeAll, gradeOne, formatGrade } from '../tests/search/grade.ts';
import { openSearch, resultIds } from '../tests/search/dialog.ts';
import type { SearchCase } from '../tests/search/queries.ts';
import { isUnseen, READER_BATCHES } from '../tests/search/reader-suite.ts';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : process.argv[at + 1] ?? fallback;
}

interface Selection {
  cases: SearchCase[];
  /** Whether the misses may be printed: not when any case is in a holdout half nobody tuning has seen. */
  listMisses: boolean;
}

async function suite(name: string, split: string, batch: string): Promise<Selection> {
  if (name === 'queries') return { cases: (await import('../tests/search/queries.ts')).searchCases, listMisses: true };
  if (name !== 'reader') throw new Error(`search-eval: --suite must be queries or reader, got ${JSON.stringify(name)}`);
  const { readerCases } = await import('../tests/search/reader-queries.ts');
  if (!['tune', 'holdout', 'all'].includes(split)) throw new Error(`search-eval: --split must be tune, holdout or all, got ${JSON.stringify(split)}`);
  const batches = [...READER_BATCHES.map(String), 'all'];
  if (!batches.includes(batch)) throw new Error(`search-eval: --batch must be ${batches.join(', ')}, got ${JSON.stringify(batch)}`);
  const cases = readerCases.filter((c) => (split === 'all' || c.split === split) && (batch === 'all' || String(c.batch) === batch));
  return { cases, listMisses: !cases.some(isUnseen) };
}

async function main() {
  const dist = path.resolve(option('dist', 'dist'));
  if (!existsSync(path.join(dist, 'pagefind', 'pagefind.js'))) throw new Error(`search-eval: ${dist}/pagefind/pagefind.js is missing; build the site first`);
  const { cases, listMisses } = await suite(option('suite', 'queries'), option('split', 'tune'), option('batch', 'all'));
  const server = await serveStatic(dist, 0);
  const { port } = server.address() as { port: number };
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ baseURL: `http://127.0.0.1:${port}` });
    await openSearch(page);
    const outcomes = [];
    for (const c of cases) outcomes.push(gradeOne(c, await resultIds(page, c.query)));
    console.log(formatGrade(gradeAll(outcomes), { listMisses }));
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
