import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lastCommitDates, parseGitLog } from '../../src/handbook/git-dates.ts';

test('reads the newest date of each file from one log, newest commit first', () => {
  const log = [
    '\u00012025-03-02T10:00:00+08:00', '', 'content/questions/pod/a.mdx', 'content/topics/pod.mdx',
    '\u00012025-02-01T23:30:00-05:00', '', 'content/questions/pod/a.mdx', 'content/questions/pod/b.mdx',
    '\u00012025-01-01T00:00:00+00:00',
  ].join('\n');
  assert.deepEqual([...parseGitLog(log)], [
    ['content/questions/pod/a.mdx', '2025-03-02'],
    ['content/topics/pod.mdx', '2025-03-02'],
    // The day as the committer's clock had it, not converted to another zone.
    ['content/questions/pod/b.mdx', '2025-02-01'],
  ]);
});

function git(dir: string, args: string[], date?: string) {
  execFileSync('git', args, {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', ...(date ? { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } : {}) },
  });
}

test('a full history gives each file its own date; a shallow clone and a folder without git give none', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'git-dates-'));
  try {
    const repo = path.join(root, 'repo');
    mkdirSync(path.join(repo, 'content/questions/pod'), { recursive: true });
    git(repo, ['init', '-q']);
    writeFileSync(path.join(repo, 'content/questions/pod/a.mdx'), 'a');
    writeFileSync(path.join(repo, 'content/questions/pod/b.mdx'), 'b');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-qm', 'first'], '2024-05-01T12:00:00+08:00');
    writeFileSync(path.join(repo, 'content/questions/pod/b.mdx'), 'b2');
    git(repo, ['commit', '-qam', 'second'], '2024-06-15T09:00:00+08:00');
    assert.deepEqual(Object.fromEntries(lastCommitDates(repo)), {
      'content/questions/pod/b.mdx': '2024-06-15',
      'content/questions/pod/a.mdx': '2024-05-01',
    });
    // A shallow clone would date every file to its one commit: no dates rather than wrong ones.
    git(root, ['clone', '-q', '--depth', '1', `file://${repo}`, 'shallow']);
    assert.deepEqual(lastCommitDates(path.join(root, 'shallow')).size, 0);
    const plain = path.join(root, 'plain');
    mkdirSync(path.join(plain, 'content'), { recursive: true });
    assert.equal(lastCommitDates(plain).size, 0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
