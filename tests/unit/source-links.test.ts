import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSourceLink } from '../../src/links/source-links.ts';
import type { ContentIndex } from '../../src/links/content-index.ts';

const index: ContentIndex = {
  topics: new Set(['health-checks', 'pod']),
  questions: new Map([['probe-types', 'health-checks'], ['startup-probe', 'health-checks'], ['create-pod', 'pod']]),
};

test('links to questions, topics, anchors, the home page and other sites pass', () => {
  for (const href of ['/q/probe-types/', '/pod/', '/health-checks/#startup-probe', '/', 'https://kubernetes.io/docs/', 'mailto:a@b.c']) {
    assert.equal(checkSourceLink(href, index), undefined, href);
  }
  assert.equal(checkSourceLink('#startup-probe', index, 'health-checks'), undefined);
});

test('a misspelt question id suggests the closest one', () => {
  assert.deepEqual(checkSourceLink('/q/probe-type/', index), { message: 'link "/q/probe-type/" names no question (did you mean "/q/probe-types/"?)', hint: 'write /q/probe-types/' });
  assert.match(checkSourceLink('/q/zzz/', index)!.message, /names no question$/);
});

test('anchors must name a question of that topic', () => {
  assert.match(checkSourceLink('/health-checks/#startup-prob', index)!.message, /no question "startup-prob" on \/health-checks\/ \(did you mean "#startup-probe"\?\)/);
  assert.equal(checkSourceLink('/pod/#probe-types', index)!.hint, 'write /q/probe-types/');
  assert.match(checkSourceLink('#create-pod', index, 'health-checks')!.message, /is in topic "pod"/);
});

test('unknown pages, missing trailing slashes and relative links are rejected with a fix', () => {
  assert.match(checkSourceLink('/pods/', index)!.message, /leads to no page \(did you mean "\/pod\/"\?\)/);
  assert.equal(checkSourceLink('/q/probe-types', index)!.hint, 'write /q/probe-types/');
  assert.match(checkSourceLink('probe-types/', index)!.message, /is relative/);
  assert.match(checkSourceLink('/q/probe-types/#x', index)!.message, /has an anchor/);
});
