// npm run bench: what the site costs to build and to read, against the budgets in the README.
//   BENCH_PORT=4610          port on 127.0.0.1 to serve the build on
//   BENCH_SCALE=10,50        also build copies with every question repeated ×10 and ×50
//   BENCH_LIGHTHOUSE=0       skip Lighthouse (it takes about a minute)
// Exits with 1 when a budget is missed, after printing everything.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { timedBuild, type BuildResult } from './build.ts';
import { serveStatic } from '../lib/static-server.ts';
import { launchBrowser, measurePage, measureSteps, type PageCost, type Tally } from './bytes.ts';
import { runLighthouse, CATEGORIES, type LighthouseResult } from './lighthouse.ts';
import { scaledCopy } from './scale.ts';
import { diagramCosts, printDiagramCosts } from './diagrams.ts';

const BUDGET = { jsBytes: 10 * 1024, cssBytes: 15 * 1024, lighthouse: 100 };
const QUERY = '探针';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.BENCH_PORT ?? 4610);
if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error(`BENCH_PORT: "${process.env.BENCH_PORT}" is not a port between 1024 and 65535`);
const base = `http://127.0.0.1:${port}`;
const scales = (process.env.BENCH_SCALE ?? '').split(',').map((s) => s.trim()).filter(Boolean).map(Number);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const row = (cells: (string | number)[], widths: number[]) => cells.map((c, i) => String(c).padEnd(widths[i] ?? 12)).join(' ');
/** Raw / gzip bytes of the files a tally counts under the given kinds, together; '-' when there are none. */
function bytesCell(t: Tally, ...kinds: (keyof Tally)[]): string {
  const files = kinds.reduce((n, k) => n + t[k].files, 0);
  if (!files) return '-';
  const sum = (part: 'raw' | 'gzip') => kinds.reduce((n, k) => n + t[k][part], 0);
  return `${kb(sum('raw'))} / ${kb(sum('gzip'))}`;
}

function printBuild(label: string, b: BuildResult) {
  console.log(`${label}: ${sec(b.ms)} (search index ${b.indexMs === undefined ? '?' : sec(b.indexMs)})`);
  console.log(`  dist/            ${mb(b.dist.bytes)} in ${b.dist.files} files (HTML ${mb(b.html.bytes)} in ${b.html.files} pages)`);
  console.log(`  dist/pagefind/   ${mb(b.index.bytes)} in ${b.index.files} files`);
}

function printCosts(costs: PageCost[]) {
  const w = [48, 8, 20, 20, 20, 20];
  console.log('\nBytes loaded, raw / gzip');
  console.log(row(['page', 'phase', 'HTML', 'CSS', 'JS', 'WASM + index data'], w));
  for (const c of costs) {
    const names = c.path === c.landed ? [c.path] : [c.path, `  → ${c.landed}`];
    const phases = [['before', c.beforeInteraction], ['search', c.searchOpen], ['query', c.firstQuery]] as const;
    phases.forEach(([phase, t], i) => {
      console.log(row([names[i] ?? '', phase, bytesCell(t, 'html'), bytesCell(t, 'css'), bytesCell(t, 'js'), bytesCell(t, 'wasm', 'data')], w));
    });
  }
  console.log(`  before = loaded until the page is idle, no interaction; search = added by opening search (Ctrl+K);`);
  console.log(`  query = added by the first query ("${QUERY}"). Pagefind's index files are compressed already, so gzip cannot shrink them.`);
}

type Stepped = Awaited<ReturnType<typeof measureSteps>>;

/** Practice: /practice/ and a topic page's rating control, phase by phase. */
async function measurePractice(browser: Awaited<ReturnType<typeof launchBrowser>>, topic: string): Promise<Stepped[]> {
  const practice = await measureSteps(browser, base, '/practice/', [
    { label: 'one-line', act: async (page) => { await page.locator('#card-title').waitFor(); await page.keyboard.press('Space'); await page.locator('[data-tldr]').waitFor(); } },
    { label: 'answer', act: async (page) => { await page.keyboard.press('Space'); await page.locator('[data-answer] h3').first().waitFor(); } },
    { label: 'rating', act: async (page) => { await page.keyboard.press('3'); } },
  ]);
  const rating = await measureSteps(browser, base, topic, [
    { label: 'rating', act: async (page) => { await page.locator('[data-rate] [data-grade="3"]').first().click(); await page.locator('[data-rate] [data-note]:not(:empty)').first().waitFor(); } },
  ]);
  return [practice, rating];
}

function printPractice(results: Stepped[]) {
  const w = [48, 10, 20, 20, 20, 20];
  console.log('\nPractice: bytes each step adds, raw / gzip');
  console.log(row(['page', 'step', 'HTML', 'CSS', 'JS', 'JSON and other'], w));
  for (const r of results) {
    r.phases.forEach(([label, t], i) => {
      console.log(row([i ? '' : r.path, label, bytesCell(t, 'html'), bytesCell(t, 'css'), bytesCell(t, 'js'), bytesCell(t, 'other', 'data')], w));
    });
  }
  console.log('  one-line = Space shows the one-line answer and starts fetching the full answer (its page and code colours);');
  console.log('  answer = Space again shows the full answer;');
  console.log('  rating = the first rating (on a topic page this loads the rating code and ts-fsrs).');
}

/** CSS stays within budget on /practice/ through a whole card, answer and code colours included. */
function practiceProblems(results: Stepped[]): string[] {
  const problems: string[] = [];
  for (const r of results) {
    let css = 0;
    for (const [label, t] of r.phases) {
      css += t.css.raw;
      if (css > BUDGET.cssBytes) problems.push(`${r.path}: ${kb(css)} of CSS after "${label}", budget ${kb(BUDGET.cssBytes)}`);
    }
  }
  return problems;
}

function printLighthouse(results: LighthouseResult[]) {
  console.log('\nLighthouse (mobile, simulated throttling)');
  const w = [44, 13, 15, 16, 6];
  console.log(row(['page', 'performance', 'accessibility', 'best-practices', 'SEO'], w));
  for (const r of results) {
    console.log(row([new URL(r.url).pathname, ...CATEGORIES.map((c) => r.scores[c] ?? 'n/a')], w));
    for (const f of r.failing) console.log(`    − ${f}`);
  }
}

/** Budget checks: each returns a problem or nothing. */
function budgetProblems(costs: PageCost[], lighthouse: LighthouseResult[]): string[] {
  const problems: string[] = [];
  for (const c of costs) {
    const t = c.beforeInteraction;
    if (t.js.raw > BUDGET.jsBytes) problems.push(`${c.path}: ${kb(t.js.raw)} of JavaScript before interaction, budget ${kb(BUDGET.jsBytes)}`);
    if (t.css.raw > BUDGET.cssBytes) problems.push(`${c.path}: ${kb(t.css.raw)} of CSS, budget ${kb(BUDGET.cssBytes)}`);
  }
  for (const r of lighthouse) {
    for (const cat of CATEGORIES) {
      const s = r.scores[cat];
      if (s !== null && s < BUDGET.lighthouse) problems.push(`${new URL(r.url).pathname}: Lighthouse ${cat} ${s}, budget ${BUDGET.lighthouse}`);
    }
  }
  return problems;
}

/** Growth between scale steps: the exponent k in time ∝ questions^k (1 = linear). */
function growthExponent(x1: number, y1: number, x2: number, y2: number) {
  return Math.log(y2 / y1) / Math.log(x2 / x1);
}

async function scaleReport(factors: number[]) {
  console.log(`\nScale: every question repeated ×${[1, ...factors].join(', ×')} in temporary copies (cold builds)`);
  const w = [7, 11, 10, 12, 13, 12, 16];
  console.log(row(['scale', 'questions', 'build', 'index time', 'dist/', 'index', 'build per q.'], w));
  const points: { questions: number; b: BuildResult }[] = [];
  for (const factor of [1, ...factors]) {
    const copy = await scaledCopy(root, factor);
    try {
      const b = await timedBuild(copy.dir, path.join(copy.dir, 'dist'), base);
      points.push({ questions: copy.questions, b });
      console.log(row([`×${factor}`, copy.questions, sec(b.ms), b.indexMs === undefined ? '?' : sec(b.indexMs), mb(b.dist.bytes), mb(b.index.bytes), `${(b.ms / copy.questions).toFixed(1)} ms`], w));
    } finally {
      await rm(copy.dir, { recursive: true, force: true });
    }
  }
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    const e = (f: (p: BuildResult) => number) => growthExponent(a.questions, f(a.b), b.questions, f(b.b)).toFixed(2);
    console.log(`  ${a.questions} → ${b.questions} questions: growth exponent (1 = linear) build ${e((p) => p.ms)}, dist ${e((p) => p.dist.bytes)}, index ${e((p) => p.index.bytes)}`);
  }
}

/** The topic page with the most HTML in a build (topic pages are the top-level folders that hold questions). */
function largestTopicPage(dir: string): string {
  const sizes = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'index.html')))
    .map((e) => ({ page: `/${e.name}/`, html: readFileSync(path.join(dir, e.name, 'index.html'), 'utf8') }))
    .filter((p) => p.html.includes('<section class="question"'));
  const largest = sizes.sort((a, b) => b.html.length - a.html.length)[0];
  if (!largest) throw new Error(`no topic page in ${dir}`);
  return largest.page;
}

const outDir = await mkdtemp(path.join(tmpdir(), 'kube-handbook-bench-'));
const server = await serveStatic(outDir, port).catch((e: Error) => {
  throw new Error(`cannot serve on ${base}: ${e.message} (set BENCH_PORT to a free port)`);
});
let problems: string[] = [];
try {
  console.log(`Building ${root} into ${outDir} …`);
  const build = await timedBuild(root, outDir, base);
  printBuild('Full build (astro build --force)', build);

  const home = '/';
  // The largest topic page: the heaviest page a reader can open.
  const topic = largestTopicPage(outDir);
  // The page with the most diagrams, so Lighthouse and the byte counts cover them.
  const diagrams = diagramCosts(outDir);
  const mostDiagrams = [...diagrams].sort((a, b) => b.diagrams.length - a.diagrams.length)[0]?.page;
  const browser = await launchBrowser();
  const costs: PageCost[] = [];
  let practice: Stepped[] = [];
  try {
    const firstQuestion = await (async () => {
      const html = await (await fetch(base + topic)).text();
      const id = /<section class="question"[^>]*>\s*<h2 id="([^"]+)"/.exec(html)?.[1];
      if (!id) throw new Error(`${topic} has no question to take a question page from`);
      return `/q/${id}/`;
    })();
    const pages = [home, topic, firstQuestion, '/questions/', ...(mostDiagrams && mostDiagrams !== topic ? [mostDiagrams] : [])];
    for (const p of pages) costs.push(await measurePage(browser, base, p, QUERY));
    practice = await measurePractice(browser, topic);
  } finally {
    await browser.close();
  }
  printCosts(costs);
  const diagramProblems = printDiagramCosts(diagrams);
  printPractice(practice);

  const lighthouse = process.env.BENCH_LIGHTHOUSE === '0' ? [] : await runLighthouse(costs.map((c) => base + c.path));
  if (lighthouse.length) printLighthouse(lighthouse);

  problems = [...budgetProblems(costs, lighthouse), ...diagramProblems, ...practiceProblems(practice)];
  console.log(`\nBudgets: JS before interaction ≤ ${kb(BUDGET.jsBytes)}, CSS ≤ ${kb(BUDGET.cssBytes)} per page (raw bytes; on /practice/ through a whole card), Lighthouse ${BUDGET.lighthouse} in every category, diagrams ≤ 15 KB gzip per page`);
  console.log(problems.length ? problems.map((p) => `  OVER BUDGET ${p}`).join('\n') : '  all met');
} finally {
  server.close();
  await rm(outDir, { recursive: true, force: true });
}
if (scales.length) await scaleReport(scales);
process.exitCode = problems.length ? 1 : 0;
