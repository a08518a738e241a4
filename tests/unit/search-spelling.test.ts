import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowedEdits, editDistance, Vocabulary } from '../../src/search/client/spelling.ts';
import { vocabularyFile } from '../../src/search/build/vocabulary.ts';

test('edit distance counts inserts, deletes, substitutions and swaps of neighbours as one edit each', () => {
  assert.equal(editDistance('deployment', 'deployment', 2), 0);
  assert.equal(editDistance('deploymnet', 'deployment', 2), 1, 'a swap is one edit');
  assert.equal(editDistance('readness', 'readiness', 2), 1);
  assert.equal(editDistance('statfulset', 'statefulset', 2), 1);
  assert.equal(editDistance('kubelt', 'kubelet', 2), 1);
  assert.equal(editDistance('ingres', 'ingress', 2), 1);
  assert.equal(editDistance('persistant', 'persistent', 2), 1);
  assert.equal(editDistance('confgmap', 'configmap', 2), 1);
  assert.equal(editDistance('servce', 'service', 2), 1);
  assert.equal(editDistance('namspace', 'namespace', 2), 1);
  assert.equal(editDistance('abc', 'xyz', 2), 3, 'past the limit it answers limit + 1');
  assert.equal(editDistance('a', 'abcdef', 2), 3);
});

test('short words may be one edit off, longer ones two', () => {
  assert.equal(allowedEdits('pod'), 1);
  assert.equal(allowedEdits('proxy'), 1);
  assert.equal(allowedEdits('secert'), 2);
});

const vocabulary = new Vocabulary(['pod', 'deployment', 'readiness', 'probe', 'service', 'services', 'serviceaccount', 'port', 'pods']);

test('a word no question uses is corrected to the closest listed word', () => {
  assert.equal(vocabulary.correct('deploymnet'), 'deployment');
  assert.equal(vocabulary.correct('Readness'), 'readiness', 'case does not matter');
  assert.equal(vocabulary.correct('prbe'), 'probe');
  assert.equal(vocabulary.correct('pdos'), 'pods');
});

test('on a tie the more widespread word wins (the list is most widespread first)', () => {
  assert.equal(vocabulary.correct('servics'), 'service', 'service and services are both one edit away');
  assert.equal(new Vocabulary(['ports', 'pods']).correct('pots'), 'ports');
  assert.equal(new Vocabulary(['pods', 'ports']).correct('pots'), 'pods');
});

test('known words, short words, words with digits and words with nothing close are left alone', () => {
  assert.equal(vocabulary.correct('pod'), undefined);
  assert.equal(vocabulary.correct('pdo'), undefined, 'three letters are too few to guess from');
  assert.equal(vocabulary.correct('k9s'), undefined);
  assert.equal(vocabulary.correct('zzqxjv'), undefined);
  assert.equal(vocabulary.correct('deploy'), undefined, 'deployment is four edits away');
});

test('the vocabulary file holds the number of questions, then one word a line', () => {
  const { questions, vocabulary: parsed } = Vocabulary.parse(vocabularyFile(134, ['pod', 'deployment']));
  assert.equal(questions, 134);
  assert.deepEqual(parsed.words, ['pod', 'deployment']);
  assert.ok(parsed.has('POD'));
  assert.throws(() => Vocabulary.parse('pod\ndeployment\n'), /should start with the number of questions, not "pod"/);
});

test('rarity runs from the most widespread listed word (0) to the rarest (1), and is unknown for unlisted words', () => {
  const v = new Vocabulary(['pod', 'service', 'untolerated']);
  assert.equal(v.rarity('pod'), 0);
  assert.equal(v.rarity('Service'), 0.5);
  assert.equal(v.rarity('untolerated'), 1);
  assert.equal(v.rarity('节点'), undefined);
});
