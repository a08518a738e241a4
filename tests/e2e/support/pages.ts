import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Every page the served site lists in its sitemap, as paths on the server under test. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await request.get('/sitemap-index.xml');
  expect(index.ok(), 'the site serves /sitemap-index.xml').toBe(true);
  const paths: string[] = [];
  for (const sitemap of locs(await index.text())) {
    const res = await request.get(new URL(sitemap).pathname);
    expect(res.ok(), `the site serves ${sitemap}`).toBe(true);
    paths.push(...locs(await res.text()).map((loc) => new URL(loc).pathname));
  }
  // An empty or broken sitemap must not let every gate pass by checking nothing.
  expect(paths).toContain('/');
  expect(paths.length).toBeGreaterThan(2);
  return paths;
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim());
}

/** The permalink of every question on the given topic pages: `/q/<id>/`. */
export async function permalinkPaths(request: APIRequestContext, pages: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    for (const m of html.matchAll(/<section class="question"[^>]*>\s*<h2 id="([^"]+)"/g)) ids.push(m[1]!);
  }
  expect(ids.length, 'topic pages hold questions').toBeGreaterThan(0);
  return ids.map((id) => `/q/${id}/`);
}

/** An address that does not exist, answered by the 404 page. */
export const MISSING_PAGE = '/no-such-page/';

export type Theme = 'light' | 'dark';

/** Opens pages in the given theme, as a reader who chose it with the toggle would see them. */
export async function useTheme(page: Page, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
}
