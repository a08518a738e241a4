/**
 * Checks the reader suite's shape before anything is graded, so a typo in an id or a lopsided split fails
 * loudly instead of quietly moving the numbers.
 */
import { normalizeQuery } from './reader-split.ts';
import type { ReaderCase } from './reader-queries.ts';

/** The batches of the reader suite, in the order they were written (tests/search/README.md); `ReaderCase.batch` is one of them. */
export const READER_BATCHES = [1, 2, 3, 4] as const;

/**
 * Whether a query is in the part of the suite nobody tuning the search has seen: the holdout half of
 * every batch after the first. Its misses are never printed (tests/search/README.md).
 */
export function isUnseen(c: Pick<ReaderCase, 'split' | 'batch'>): boolean {
  return c.split === 'holdout' && c.batch > 1;
}

export interface ReaderSuiteRules {
  kinds: readonly string[];
  /** Queries every kind needs in total. */
  minPerKind: number;
  /** Queries every kind needs in each half. */
  minPerKindPerHalf: number;
}

/** Every problem with the suite, each naming the query it concerns; empty when the suite is sound. */
export function readerSuiteProblems(cases: readonly ReaderCase[], knownIds: ReadonlySet<string>, tuningQueries: readonly string[], rules: ReaderSuiteRules): string[] {
  const problems: string[] = [];
  const tuning = new Set(tuningQueries.map(normalizeQuery));
  const seen = new Map<string, number>();
  cases.forEach((c, i) => {
    const where = `tests/search/reader-queries.ts case ${i + 1} (“${c.query}”)`;
    const key = normalizeQuery(c.query);
    if (!key) problems.push(`${where}: empty query`);
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push(`${where}: duplicate of case ${earlier + 1}`);
    else seen.set(key, i);
    if (!rules.kinds.includes(c.kind)) problems.push(`${where}: unknown kind "${c.kind}"`);
    if (c.split !== 'tune' && c.split !== 'holdout') problems.push(`${where}: split must be "tune" or "holdout", not "${String(c.split)}"`);
    if (!(READER_BATCHES as readonly number[]).includes(c.batch)) problems.push(`${where}: batch must be one of ${READER_BATCHES.join(', ')}, not ${JSON.stringify(c.batch)}`);
    for (const id of [c.first, ...(c.alsoTop3 ?? [])]) {
      if (!knownIds.has(id)) problems.push(`${where}: no question file for id "${id}"`);
    }
    if (c.alsoTop3?.includes(c.first)) problems.push(`${where}: "${c.first}" is both first and in alsoTop3`);
    if (new Set(c.alsoTop3).size !== (c.alsoTop3?.length ?? 0)) problems.push(`${where}: alsoTop3 repeats an id`);
    if (c.split === 'holdout' && tuning.has(key)) problems.push(`${where}: in the holdout half but also in the tuning suite (tests/search/queries.ts)`);
  });
  for (const kind of rules.kinds) {
    const of = cases.filter((c) => c.kind === kind);
    const tune = of.filter((c) => c.split === 'tune').length;
    const holdout = of.filter((c) => c.split === 'holdout').length;
    if (of.length < rules.minPerKind) problems.push(`kind "${kind}": ${of.length} queries, at least ${rules.minPerKind} required`);
    if (Math.min(tune, holdout) < rules.minPerKindPerHalf) problems.push(`kind "${kind}": ${tune} tune and ${holdout} holdout queries, at least ${rules.minPerKindPerHalf} required in each half`);
    if (Math.abs(tune - holdout) > 1) problems.push(`kind "${kind}": halves differ by more than one (${tune} tune, ${holdout} holdout)`);
  }
  return problems;
}

/** Throws one error listing every problem, for runners that must not grade a broken suite. */
export function validateReaderCases(...args: Parameters<typeof readerSuiteProblems>): void {
  const problems = readerSuiteProblems(...args);
  if (problems.length) throw new Error(`invalid reader search suite:\n${problems.join('\n')}`);
}
