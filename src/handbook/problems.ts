/**
 * A problem in a content file, and the error that stops the build with it. Every content check
 * (frontmatter, ids, related ids, links, YAML samples) reports in this one shape, so the build and
 * `npm run check:content` print the same lines: `file:line message`, then a hint.
 */
import { AstroError } from 'astro/errors';
import path from 'node:path';

export interface ContentProblem {
  /** Root-relative POSIX path of the content file, e.g. `content/questions/pod/create-pod.mdx`. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  message: string;
  /** How to fix it, when there is something better to say than the message. */
  hint?: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line} ${p.message}${p.hint ? `\n    hint: ${p.hint}` : ''}`;
}

export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/**
 * The build-stopping error. Astro prints `loc` as the error's location and shows that line of the
 * content file, instead of the line of the checker that threw; `problems` keeps the structured list.
 */
export class ContentError extends AstroError {
  problems: ContentProblem[];
  loc: { file: string; line: number; column: number };
  // The MDX integration re-throws plugin errors with a location made from these two.
  line: number;
  column = 1;
  constructor(title: string, problems: readonly ContentProblem[], root = process.cwd()) {
    const sorted = sortProblems(problems);
    const first = sorted[0]!;
    // One problem: its hint goes in Astro's own "Hint" section; several: each keeps its hint inline.
    const single = sorted.length === 1;
    const lines = sorted.map((p) => `  ${formatProblem(single ? { ...p, hint: undefined } : p)}`);
    super(`${title}:\n${lines.join('\n')}`, single ? first.hint : undefined);
    this.name = 'ContentError';
    this.problems = sorted;
    this.loc = { file: path.resolve(root, first.file), line: first.line, column: 1 };
    this.line = first.line;
  }
}

/** Throws a ContentError when there is any problem. */
export function throwIfAny(title: string, problems: readonly ContentProblem[]): void {
  if (problems.length) throw new ContentError(title, problems);
}
