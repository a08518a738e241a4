/**
 * Runs a search suite through the real dialog of a built site in Chromium and prints top-1 / top-3
 * per kind of query and every miss. For tuning and for comparing builds; the pass/fail gate is
 * tests/e2e/search-quality.spec.ts.
 *
 *   npx node tools/search-eval.ts [--suite queries|reader] [--split tune|holdout|all] [--dist DIR]
 *
 * `--dist` defaults to ./dist (run `npm run build` first); point it at another build to compare.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from './lib/static-server.ts';
import { chromiumLaunchOptions } from './browser/chromium.ts';
import { gradeAll, gradeOne, formatGrade } from '../tests/search/grade.ts';
import { openSearch, resultIds } from '../tests/search/dialog.ts';
import type { SearchCase } from '../tests/search/queries.ts';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : process.argv[at + 1] ?? fallback;
}

async function suite(name: string, split: string): Promise<SearchCase[]> {
  if (name === 'queries') return (await import('../tests/search/queries.ts')).searchCases;
  if (name !== 'reader') throw new Error(`search-eval: --suite must be queries or reader, got ${JSON.stringify(name)}`);
  const { readerCases } = await import('../tests/search/reader-queries.ts');
  if (!['tune', 'holdout', 'all'].includes(split)) throw new Error(`search-eval: --split must be tune, holdout or all, got ${JSON.stringify(split)}`);
  return readerCases.filter((c: SearchCase & { split: string }) => split === 'all' || c.split === split);
}

async function main() {
  const dist = path.resolve(option('dist', 'dist'));
  if (!existsSync(path.join(dist, 'pagefind', 'pagefind.js'))) throw new Error(`search-eval: ${dist}/pagefind/pagefind.js is missing; build the site first`);
  const cases = await suite(option('suite', 'queries'), option('split', 'tune'));
  const server = await serveStatic(dist, 0);
  const { port } = server.address() as { port: number };
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ baseURL: `http://127.0.0.1:${port}` });
    await openSearch(page);
    const outcomes = [];
    for (const c of cases) outcomes.push(gradeOne(c, await resultIds(page, c.query)));
    console.log(formatGrade(gradeAll(outcomes)));
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
