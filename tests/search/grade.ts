import type { SearchCase } from './queries.ts';

export interface Outcome {
  case: SearchCase;
  /** Question ids in the order search showed them. */
  ids: string[];
  top1: boolean;
  top3: boolean;
  /** Whether `first` is among the results at all: when it is not, no reordering can help. */
  shown: boolean;
  /**
   * Whether first place went to `first` or to a question labeled as answering the query as well
   * (`alsoTop3`). Reported beside top-1 to tell a wrong first answer from a tie between two good ones;
   * the targets are on top-1 and top-3 alone.
   */
  acceptableFirst: boolean;
}

export interface Grade {
  total: number;
  top1Rate: number;
  top3Rate: number;
  shownRate: number;
  acceptableFirstRate: number;
  outcomes: Outcome[];
  misses: Outcome[];
}

/**
 * Checks the suite itself before it runs, so a typo in an id fails loudly instead of counting as a miss.
 * Throws one error naming every bad query.
 */
export function validateCases(cases: SearchCase[], knownIds: Set<string>, topicOf: (id: string) => string | undefined, rules: { minQueries: number; minNewest: number; newestTopics: string[] }): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  cases.forEach((c, i) => {
    const where = `tests/search/queries.ts case ${i + 1} (“${c.query}”)`;
    if (!c.query.trim()) problems.push(`${where}: empty query`);
    if (seen.has(c.query)) problems.push(`${where}: duplicate query`);
    seen.add(c.query);
    for (const id of [c.first, ...(c.alsoTop3 ?? [])]) {
      if (!knownIds.has(id)) problems.push(`${where}: unknown question id "${id}"`);
    }
    if (c.alsoTop3?.includes(c.first)) problems.push(`${where}: "${c.first}" is both first and in alsoTop3`);
  });
  if (cases.length < rules.minQueries) problems.push(`tests/search/queries.ts: ${cases.length} queries, at least ${rules.minQueries} required`);
  const newest = cases.filter((c) => rules.newestTopics.includes(topicOf(c.first) ?? '')).length;
  if (newest < rules.minNewest) problems.push(`tests/search/queries.ts: ${newest} queries target the newest topics (${rules.newestTopics.join(', ')}), at least ${rules.minNewest} required`);
  if (problems.length) throw new Error(`invalid search-quality suite:\n${problems.join('\n')}`);
}

/** Grades one query: first place must be `first`; for top 3, `first` is within three and only acceptable ids rank above it. */
export function gradeOne(c: SearchCase, ids: string[]): Outcome {
  const at = ids.indexOf(c.first);
  const acceptable = new Set(c.alsoTop3 ?? []);
  const top3 = at >= 0 && at < 3 && ids.slice(0, at).every((id) => acceptable.has(id));
  return { case: c, ids, top1: at === 0, top3, shown: at >= 0, acceptableFirst: at === 0 || acceptable.has(ids[0] ?? '') };
}

export function gradeAll(outcomes: Outcome[]): Grade {
  const total = outcomes.length;
  const rate = (n: number) => (total ? n / total : 0);
  return {
    total,
    top1Rate: rate(outcomes.filter((o) => o.top1).length),
    top3Rate: rate(outcomes.filter((o) => o.top3).length),
    shownRate: rate(outcomes.filter((o) => o.shown).length),
    acceptableFirstRate: rate(outcomes.filter((o) => o.acceptableFirst).length),
    outcomes,
    misses: outcomes.filter((o) => !o.top1 || !o.top3),
  };
}

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

/**
 * A plain-text report: the rates (and how often the wanted question is shown at all, which tells a
 * question ranked too low from one search never found), the same per kind of query, and every miss
 * with what came first instead, unless `listMisses` is false (for queries that must stay unseen by whoever tunes the
 * search, see tests/search/README.md).
 */
export function formatGrade(g: Grade, { listMisses = true } = {}): string {
  const lines = [`search quality: ${g.total} queries, top-1 ${pct(g.top1Rate)}, top-3 ${pct(g.top3Rate)}, shown ${pct(g.shownRate)}, acceptable first ${pct(g.acceptableFirstRate)}`];
  const kinds = [...new Set(g.outcomes.map((o) => o.case.kind))];
  for (const kind of kinds) {
    const k = gradeAll(g.outcomes.filter((o) => o.case.kind === kind));
    const rate = (r: number) => pct(r).padStart(6);
    lines.push(`  ${kind.padEnd(10)} ${String(k.total).padStart(3)} queries  top-1 ${rate(k.top1Rate)}  top-3 ${rate(k.top3Rate)}  shown ${rate(k.shownRate)}  acceptable first ${rate(k.acceptableFirstRate)}`);
  }
  if (!listMisses) {
    if (g.misses.length) lines.push(`misses: ${g.misses.length}, not listed`);
    return lines.join('\n');
  }
  if (g.misses.length) lines.push('misses:');
  for (const m of g.misses) {
    const mark = m.top3 ? 'not first' : 'not in top 3';
    lines.push(`  [${mark}] “${m.case.query}” wants ${m.case.first}; got ${m.ids.slice(0, 3).join(', ') || '(nothing)'}`);
  }
  return lines.join('\n');
}
