// Lighthouse scores with its default (mobile, simulated throttling) settings, in Debian's Chromium.
// Lighthouse and chrome-launcher live in tools/bench/package.json, installed by `npm run bench` only,
// so the default install stays lean. Imported by name at run time: their types are not needed here.
const load = (name: string): Promise<any> => import(name);
import { systemChromium } from '../browser/chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  url: string;
  scores: Record<Category, number | null>;
  /** Audits that cost points, so a score below 100 says why. */
  failing: string[];
}

function chromePath(): string | undefined {
  return systemChromium();
}

/** Audits each URL in turn with one Chromium; mobile form factor is Lighthouse's default. */
export async function runLighthouse(urls: string[]): Promise<LighthouseResult[]> {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([load('lighthouse'), load('chrome-launcher')]);
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const results: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = run;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(CATEGORIES.map((c) => {
        const score = lhr.categories[c]?.score;
        return [c, score === null || score === undefined ? null : Math.round(score * 100)];
      })) as Record<Category, number | null>;
      const failing: string[] = [];
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.push(`${c}: ${ref.id} (${audit.displayValue ?? audit.score})`);
        }
      }
      results.push({ url, scores, failing });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
