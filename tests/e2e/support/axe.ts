import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe's WCAG 2.2 AA violations on the page (or inside `include`), one readable line per rule. */
export async function violations(page: Page, label: string, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`);
    return `${label} ${v.id} (${v.impact}) ${v.help}, ${v.nodes.length} element(s):\n${nodes.join('\n')}`;
  });
}
