import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldDocsForBodies } from '../../src/field-docs/page-field-docs.ts';

const deployment = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  strategy:', '    rollingUpdate:', '      maxSurge: 1'].join('\n');

test('collects the field docs of every yaml block, each field once per page', () => {
  const body = ['正文', '```yaml title="a.yaml"', deployment, '```', '', '```bash', 'kubectl get pods', '```', '```yml', deployment, '```'].join('\n');
  const docs = fieldDocsForBodies([body, body]);
  const keys = docs.map((d) => d.docKey);
  assert.equal(new Set(keys).size, keys.length);
  assert.ok(keys.includes('RollingUpdateDeployment.maxSurge'));
  assert.ok(docs.find((d) => d.docKey === 'RollingUpdateDeployment.maxSurge')?.description?.startsWith('The maximum number of pods'));
});

test('reads fences indented inside lists and honours fragment metas', () => {
  const body = ['- 步骤：', '', '  ```yaml fragment="apps/v1/Deployment#spec.strategy"', '  type: RollingUpdate', '  rollingUpdate:', '    maxUnavailable: 0', '  ```'].join('\n');
  const keys = fieldDocsForBodies([body]).map((d) => d.docKey);
  assert.ok(keys.includes('RollingUpdateDeployment.maxUnavailable'), keys.join());
});

test('a not-k8s block contributes no docs', () => {
  const body = ['```yaml not-k8s="Helm values"', 'replicaCount: 2', '```'].join('\n');
  assert.deepEqual(fieldDocsForBodies([body]), []);
});

test('tilde fences, longer fences and CRLF bodies are found like any other fence', () => {
  for (const body of [
    ['~~~yaml', deployment, '~~~'].join('\n'),
    ['````yaml', deployment, '```', '````'].join('\n'),
    ['```yaml', deployment, '```'].join('\r\n'),
  ]) {
    const keys = fieldDocsForBodies([body]).map((d) => d.docKey);
    assert.ok(keys.includes('RollingUpdateDeployment.maxSurge'), JSON.stringify(body.slice(0, 12)));
  }
});
