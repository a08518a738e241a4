/** Shapes of the parts of Pagefind's result data the dialog uses. */
export interface PagefindSub {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}
export interface PagefindData {
  url: string;
  meta: { title?: string };
  sub_results?: PagefindSub[];
}

export interface QuestionHit {
  title: string;
  topic: string;
  url: string;
  excerpt: string;
  score: number;
}

/** Scores one sub-result by the weighted matches inside it, so the question that matches best comes first. */
export function subScore(sub: PagefindSub): number {
  return (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
}

/**
 * Turns page results into question hits: one per matching question anchor, best first.
 * Page-level sections without an anchor (topic intros) are kept only when a page has nothing else.
 */
export function toQuestionHits(pages: PagefindData[]): QuestionHit[] {
  const hits: QuestionHit[] = [];
  for (const page of pages) {
    const subs = page.sub_results ?? [];
    const anchored = subs.filter((s) => s.url.includes('#'));
    const chosen = anchored.length ? anchored : subs.slice(0, 1);
    for (const sub of chosen) {
      hits.push({ title: sub.title, topic: page.meta.title ?? '', url: sub.url, excerpt: sub.excerpt, score: subScore(sub) });
    }
  }
  return hits.sort((a, b) => b.score - a.score);
}
