import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFenceMeta } from '../../src/markdown/fence-meta.ts';

test('reads quoted, bare and flag values from a fence meta', () => {
  assert.deepEqual(readFenceMeta('title="deployment.yaml" fragment="apps/v1/Deployment#spec.strategy" wrap'), {
    title: 'deployment.yaml', fragment: 'apps/v1/Deployment#spec.strategy', wrap: '',
  });
  assert.deepEqual(readFenceMeta("not-k8s='Helm values' lang=yaml"), { 'not-k8s': 'Helm values', lang: 'yaml' });
  assert.deepEqual(readFenceMeta(undefined), {});
});

test('keeps spaces inside quoted values', () => {
  assert.equal(readFenceMeta('title="my file.yaml"').title, 'my file.yaml');
});
