import type { Page } from '@playwright/test';

/**
 * Types a query into the open search dialog and reads the question anchors of the results, in order.
 * Shared by the quality tests and the evaluation tool, so both grade exactly what a reader sees.
 */
export async function resultIds(page: Page, query: string): Promise<string[]> {
  await page.getByRole('dialog').getByRole('searchbox').fill(query);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('.search-results')?.dataset.query === q, query.trim());
  const hrefs = await page.locator('.search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.split('#')[1] ?? `(page ${href})`);
}

/** Opens the search dialog on the home page, ready for `resultIds`. */
export async function openSearch(page: Page): Promise<void> {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').waitFor();
}
