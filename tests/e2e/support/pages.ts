import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { parseBasePath } from '../../../src/deploy-settings.ts';

/**
 * The base path the site under test was built with (BASE_PATH, as the build reads it). Paths the
 * helpers return include it, so they can be opened as they are.
 */
export const BASE = parseBasePath(process.env.BASE_PATH);

/** A site path (`/q/x/`) under the base. */
export const sitePath = (path: string) => `${BASE.replace(/\/$/, '')}${path}`;

/** An address that does not exist, answered by the 404 page. */
export const MISSING_PAGE = sitePath('/no-such-page/');

/** Every page the served site lists in its sitemap, as paths on the server under test. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await request.get(sitePath('/sitemap-index.xml'));
  expect(index.ok(), 'the site serves its sitemap-index.xml').toBe(true);
  const paths: string[] = [];
  for (const sitemap of locs(await index.text())) {
    const res = await request.get(new URL(sitemap).pathname);
    expect(res.ok(), `the site serves ${sitemap}`).toBe(true);
    paths.push(...locs(await res.text()).map((loc) => new URL(loc).pathname));
  }
  // An empty or broken sitemap must not let every gate pass by checking nothing.
  expect(paths).toContain(BASE);
  expect(paths.length).toBeGreaterThan(2);
  return paths;
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim());
}

/** The pages of the sitemap of one kind: a question's own page, a topic page, or any other (the 404 page too). */
export function pageKind(path: string): 'question' | 'topic' | 'other' {
  if (path === MISSING_PAGE) return 'other';
  const inside = path.slice(BASE.length - 1);
  if (/^\/q\/[^/]+\/$/.test(inside)) return 'question';
  if (/^\/[^/]+\/$/.test(inside) && !['/questions/', '/practice/'].includes(inside)) return 'topic';
  return 'other';
}

/** The permalink of every question on the given topic pages: `/q/<id>/`. */
export async function permalinkPaths(request: APIRequestContext, pages: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    for (const m of html.matchAll(/<section class="question"[^>]*>\s*<h2 id="([^"]+)"/g)) ids.push(m[1]!);
  }
  expect(ids.length, 'topic pages hold questions').toBeGreaterThan(0);
  return ids.map((id) => sitePath(`/q/${id}/`));
}

/**
 * The pages for checks that drive a browser through each page (search, every request): all pages but
 * question pages, and every `every`-th question page. A question page shows the same answer as its
 * topic page, which is checked in full, in one shared template; checks that read the HTML, and the
 * accessibility scan, still cover every question page.
 */
export function withQuestionSample(paths: string[], every = 7): string[] {
  let n = 0;
  return paths.filter((p) => pageKind(p) !== 'question' || n++ % every === 0);
}

/** Splits a list into `count` shards and returns shard `index`, so a long page list can run in parallel tests. */
export function shard<T>(items: T[], index: number, count: number): T[] {
  return items.filter((_, i) => i % count === index);
}


export type Theme = 'light' | 'dark';

/** Opens pages in the given theme, as a reader who chose it with the toggle would see them. */
export async function useTheme(page: Page, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
}
