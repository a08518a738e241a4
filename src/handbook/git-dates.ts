/**
 * When each content file last changed in a way readers can see, from git history, read in one
 * `git log` pass and one `git cat-file` pass (one process per file would take seconds for the whole
 * handbook). A commit that only edits a question's search aliases, which are never shown, leaves its
 * date as it was. A shallow clone only knows its newest commits, so every file would seem changed in
 * them: there, and wherever history cannot be read, no date is given rather than a wrong one.
 */
import { execFileSync } from 'node:child_process';

const MARK = '\u0001';

/** One file changed by one commit: its blobs before and after, and git's status letter (A, M, D …). */
export interface FileChange {
  /** The commit's day, `YYYY-MM-DD` in the committer's own time zone. */
  day: string;
  file: string;
  status: string;
  before: string;
  after: string;
}

/** Reads `git log --format=<MARK>%cI --raw --no-abbrev` output (newest commit first) into file changes, in order. */
export function parseRawLog(output: string): FileChange[] {
  const changes: FileChange[] = [];
  for (const chunk of output.split(MARK)) {
    const [stamp = '', ...lines] = chunk.split('\n');
    const day = /^(\d{4}-\d{2}-\d{2})T/.exec(stamp.trim())?.[1];
    if (!day) continue;
    for (const line of lines) {
      const raw = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*\t(.+)$/.exec(line);
      if (raw) changes.push({ day, before: raw[1]!, after: raw[2]!, status: raw[3]!, file: raw[4]! });
    }
  }
  return changes;
}

/** A content file as readers see it: without the frontmatter's `aliases:` list, which search indexes but no page shows. */
export function shownText(text: string): string {
  const end = text.startsWith('---') ? text.indexOf('\n---', 3) : -1;
  if (end < 0) return text;
  return text.slice(0, end).replace(/\naliases:.*(?:\n[ \t]+-.*)*/, '') + text.slice(end);
}

/**
 * The day of each file's newest change that readers can see (see shownText), from changes newest
 * first; `read` gives a blob's text.
 */
export function lastShownChanges(changes: FileChange[], read: (blob: string) => string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const c of changes) {
    if (dates.has(c.file) || c.status === 'D') continue;
    if (c.status === 'M' && shownText(read(c.before)) === shownText(read(c.after))) continue;
    dates.set(c.file, c.day);
  }
  return dates;
}

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
}

/** The texts of the blobs, from one `git cat-file --batch` (“<id> blob <size>”, the bytes, a newline). */
function readBlobs(root: string, ids: string[]): Map<string, string> {
  const blobs = new Map<string, string>();
  if (!ids.length) return blobs;
  const out = execFileSync('git', ['cat-file', '--batch'], { cwd: root, input: `${ids.join('\n')}\n`, stdio: ['pipe', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  for (let at = 0; at < out.length;) {
    const eol = out.indexOf(10, at);
    const [id = '', type, size] = out.subarray(at, eol).toString('utf8').split(' ');
    at = eol + 1;
    if (type !== 'blob' || size === undefined) continue;
    blobs.set(id, out.subarray(at, at + Number(size)).toString('utf8'));
    at += Number(size) + 1;
  }
  return blobs;
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
 * The day every file under `dir` (relative to `root`) last changed in a way readers can see, keyed by
 * its path relative to `root`. Empty when there is no full history to read it from.
 */
export function lastCommitDates(root: string, dir = 'content'): Map<string, string> {
  if (!hasFullHistory(root)) return new Map();
  try {
    const changes = parseRawLog(git(root, ['log', `--format=${MARK}%cI`, '--raw', '--no-abbrev', '--no-renames', '--relative', '--', dir]));
    const edited = changes.filter((c) => c.status === 'M').flatMap((c) => [c.before, c.after]);
    const blobs = readBlobs(root, [...new Set(edited)]);
    return lastShownChanges(changes, (id) => blobs.get(id) ?? '');
  } catch {
    return new Map();
  }
}
