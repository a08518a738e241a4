import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lastCommitDates, lastShownChanges, parseRawLog, shownText } from '../../src/handbook/git-dates.ts';

test('reads each file change of a raw log, newest commit first, with the committer\'s own day', () => {
  const z = '0'.repeat(40);
  const [x, y] = ['1'.repeat(40), '2'.repeat(40)];
  const log = [
    '\u00012025-03-02T10:00:00+08:00', '', `:100644 100644 ${x} ${y} M\tcontent/questions/pod/a.mdx`,
    '\u00012025-02-01T23:30:00-05:00', '', `:000000 100644 ${z} ${x} A\tcontent/questions/pod/a.mdx`,
  ].join('\n');
  assert.deepEqual(parseRawLog(log), [
    { day: '2025-03-02', file: 'content/questions/pod/a.mdx', status: 'M', before: x, after: y },
    // The day as the committer's clock had it, not converted to another zone.
    { day: '2025-02-01', file: 'content/questions/pod/a.mdx', status: 'A', before: z, after: x },
  ]);
});

test('aliases are not part of what readers see; everything else is', () => {
  const page = (aliases: string, body = '正文') => `---\ntitle: 题目\naliases:\n${aliases}related:\n  - b\n---\n\n${body}\n`;
  assert.equal(shownText(page('  - 甲\n')), shownText(page('  - 甲\n  - 乙\n')));
  assert.notEqual(shownText(page('  - 甲\n')), shownText(page('  - 甲\n', '新正文')));
  assert.match(shownText(page('  - 甲\n')), /related:\n  - b/, 'the list after aliases stays');
  assert.equal(shownText('aliases: 不在 frontmatter 里'), 'aliases: 不在 frontmatter 里');
});

test('a change that only edits aliases leaves the date of the change before it', () => {
  const texts: Record<string, string> = { v1: '---\ntitle: t\n---\nx', v2: '---\ntitle: t\naliases:\n  - a\n---\nx', v3: '---\ntitle: t2\naliases:\n  - a\n---\nx' };
  const change = (day: string, status: string, before: string, after: string) => ({ day, file: 'f.mdx', status, before, after });
  const read = (id: string) => texts[id] ?? '';
  assert.equal(lastShownChanges([change('2025-03-01', 'M', 'v1', 'v2'), change('2025-01-01', 'A', '0', 'v1')], read).get('f.mdx'), '2025-01-01');
  assert.equal(lastShownChanges([change('2025-04-01', 'M', 'v2', 'v3'), change('2025-03-01', 'M', 'v1', 'v2')], read).get('f.mdx'), '2025-04-01');
});

function git(dir: string, args: string[], date?: string) {
  execFileSync('git', args, {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', ...(date ? { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } : {}) },
  });
}

test('a full history gives each file the date of its last change readers see; a shallow clone and a folder without git give none', () => {
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
    writeFileSync(path.join(repo, 'content/questions/pod/c.mdx'), '---\ntitle: c\n---\nc');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-qm', 'third'], '2024-07-01T09:00:00+08:00');
    writeFileSync(path.join(repo, 'content/questions/pod/c.mdx'), '---\ntitle: c\naliases:\n  - 丙\n---\nc');
    git(repo, ['commit', '-qam', 'aliases only'], '2024-08-01T09:00:00+08:00');
    assert.deepEqual(Object.fromEntries(lastCommitDates(repo)), {
      'content/questions/pod/c.mdx': '2024-07-01',
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
