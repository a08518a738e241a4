/**
 * When each content file last changed, from git history, read in one `git log` pass (one process per
 * file would take seconds for the whole handbook). A shallow clone only knows its newest commits, so
 * every file would seem changed in them: there, and wherever history cannot be read, no date is given
 * rather than a wrong one.
 */
import { execFileSync } from 'node:child_process';

const MARK = '\u0001';

/**
 * Reads `git log --format=<MARK>%cI --name-only` output (newest commit first) into the date each
 * file was last committed, as `YYYY-MM-DD` in the committer's own time zone.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const chunk of output.split(MARK)) {
    const [stamp = '', ...files] = chunk.split('\n');
    const day = /^(\d{4}-\d{2}-\d{2})T/.exec(stamp.trim())?.[1];
    if (!day) continue;
    for (const file of files) {
      const name = file.trim();
      if (name && !dates.has(name)) dates.set(name, day);
    }
  }
  return dates;
}

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
}

/** Whether `root` is inside a git work tree with its full history. */
export function hasFullHistory(root: string): boolean {
  try {
    return git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'false';
  } catch {
    return false;
  }
}

/**
 * The last-commit date of every file under `dir` (relative to `root`), keyed by its path relative to
 * `root`. Empty when there is no full history to read it from.
 */
export function lastCommitDates(root: string, dir = 'content'): Map<string, string> {
  if (!hasFullHistory(root)) return new Map();
  try {
    return parseGitLog(git(root, ['log', `--format=${MARK}%cI`, '--name-only', '--relative', '--', dir]));
  } catch {
    return new Map();
  }
}
