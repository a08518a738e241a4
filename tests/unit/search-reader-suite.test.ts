import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readerCases, READER_KINDS, MIN_READER_PER_KIND, MIN_READER_PER_KIND_PER_HALF, type ReaderCase } from '../search/reader-queries.ts';
import { searchCases } from '../search/queries.ts';
import { isUnseen, readerSuiteProblems, validateReaderCases } from '../search/reader-suite.ts';
import { chooseHalf, normalizeQuery, queryHash } from '../search/reader-split.ts';

/** Question ids are the .mdx file names under content/questions/<topic>/. */
function questionIds(): Set<string> {
  const root = 'content/questions';
  const ids = new Set<string>();
  for (const topic of readdirSync(root)) {
    for (const file of readdirSync(path.join(root, topic))) if (file.endsWith('.mdx')) ids.add(file.replace(/\.mdx$/, ''));
  }
  return ids;
}

const rules = { kinds: READER_KINDS, minPerKind: MIN_READER_PER_KIND, minPerKindPerHalf: MIN_READER_PER_KIND_PER_HALF };
const tuningQueries = searchCases.map((c) => c.query);

test('the reader suite names only existing questions, has no duplicates, covers every kind and splits it evenly', () => {
  assert.deepEqual(readerSuiteProblems(readerCases, questionIds(), tuningQueries, rules), []);
});

test('no holdout query is in the tuning suite', () => {
  const tuning = new Set(tuningQueries.map(normalizeQuery));
  assert.deepEqual(readerCases.filter((c) => c.split === 'holdout' && tuning.has(normalizeQuery(c.query))).map((c) => c.query), []);
});

const ok: ReaderCase = { kind: 'concept', split: 'tune', batch: 1, query: '污点', first: 'taints-tolerations', alsoTop3: ['daemonset'] };

test('a broken suite is rejected with every problem named', () => {
  const cases: ReaderCase[] = [
    ok,
    { ...ok, query: '  污点 ', split: 'holdout' },
    { ...ok, query: 'x', first: 'no-such-question' },
    { ...ok, query: 'y', alsoTop3: ['taints-tolerations'] },
    { ...ok, query: 'kubectl drain', split: 'holdout' },
    { ...ok, query: 'z', batch: 5 as 1 },
  ];
  const problems = readerSuiteProblems(cases, new Set(['taints-tolerations', 'daemonset']), ['KUBECTL  drain'], { kinds: ['concept', 'typo'], minPerKind: 3, minPerKindPerHalf: 2 });
  const expected = [
    /case 2 \(“  污点 ”\): duplicate of case 1/,
    /case 3 .*no question file for id "no-such-question"/,
    /case 4 .*"taints-tolerations" is both first and in alsoTop3/,
    /case 5 .*in the holdout half but also in the tuning suite/,
    /case 6 .*batch must be one of 1, 2, 3, 4, not 5/,
    /kind "typo": 0 queries, at least 3 required/,
    /kind "typo": 0 tune and 0 holdout queries, at least 2 required in each half/,
  ];
  for (const pattern of expected) assert.ok(problems.some((p) => pattern.test(p)), `no problem matches ${pattern}:\n${problems.join('\n')}`);
  assert.throws(() => validateReaderCases(cases, new Set(), [], rules), /invalid reader search suite:\n.*no question file/);
});

test('a kind whose halves differ by more than one is rejected', () => {
  const cases = ['a', 'b', 'c'].map((query): ReaderCase => ({ ...ok, query, split: 'tune' }));
  const problems = readerSuiteProblems(cases, new Set(['taints-tolerations', 'daemonset']), [], { kinds: ['concept'], minPerKind: 1, minPerKindPerHalf: 0 });
  assert.deepEqual(problems, ['kind "concept": halves differ by more than one (3 tune, 0 holdout)']);
});

test('a new query goes to the smaller half of its kind, by hash on a tie, and to tune if the tuning suite has it', () => {
  const placed = [{ kind: 'typo', split: 'tune' as const }];
  assert.equal(chooseHalf('typo', 'anything', placed, new Set()), 'holdout');
  assert.equal(chooseHalf('typo', 'anything', [...placed, { kind: 'typo', split: 'holdout' }, { kind: 'typo', split: 'holdout' }], new Set()), 'tune');
  assert.equal(chooseHalf('typo', 'Pod  Lifecycle', [{ kind: 'typo', split: 'tune' }], new Set(['pod lifecycle'])), 'tune');
  for (const query of ['statfulset', 'readness probe', '灰度发布']) {
    assert.equal(chooseHalf('concept', query, placed, new Set()), queryHash(query) % 2 === 0 ? 'tune' : 'holdout');
  }
});

test('the query hash is FNV-1a over the normalized UTF-8 text', () => {
  assert.equal(queryHash(''), 0x811c9dc5);
  assert.equal(queryHash('a'), 0xe40c292c);
  assert.equal(queryHash('  A '), queryHash('a'));
  assert.notEqual(queryHash('污点'), queryHash('容忍'));
});

test('only the later batches\' holdout halves count as unseen, so only their misses stay unprinted', () => {
  assert.equal(isUnseen({ split: 'holdout', batch: 2 }), true);
  assert.equal(isUnseen({ split: 'holdout', batch: 3 }), true);
  assert.equal(isUnseen({ split: 'holdout', batch: 4 }), true);
  assert.equal(isUnseen({ split: 'holdout', batch: 1 }), false);
  assert.equal(isUnseen({ split: 'tune', batch: 2 }), false);
});
