import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldDocForToken, fieldDocId, fieldDocsForBlock, uniqueFieldDocs } from '../../src/k8s/field-docs.ts';

const MAX_SURGE_DOC = /^The maximum number of pods that can be scheduled above the desired number of pods\./;

const DEPLOYMENT = [
  'apiVersion: apps/v1', //       0
  'kind: Deployment', //          1
  'metadata:', //                 2
  '  name: web', //               3
  'spec:', //                     4
  '  replicas: 3', //             5
  '  strategy:', //               6
  '    rollingUpdate:', //        7
  '      maxSurge: 1', //         8
  '      maxUnavailable: 0', //   9
  '  template:', //               10
  '    spec:', //                 11
  '      containers:', //         12
  '        - name: web', //       13
  '          image: nginx', //    14
  '          imagez: typo', //    15
  '',
].join('\n');

test('maxSurge in a Deployment: official description, IntOrString, position of the key', () => {
  const docs = fieldDocsForBlock({ code: DEPLOYMENT });
  const surge = docs.find((d) => d.path === 'Deployment.spec.strategy.rollingUpdate.maxSurge');
  assert.ok(surge, 'maxSurge has a doc');
  assert.equal(surge.type, 'IntOrString');
  assert.match(surge.description ?? '', MAX_SURGE_DOC);
  assert.deepEqual([surge.line, surge.startCol, surge.endCol], [8, 6, 14]);
  assert.equal(DEPLOYMENT.split('\n')[surge.line]!.slice(surge.startCol, surge.endCol), 'maxSurge');
  assert.equal(surge.docKey, 'RollingUpdateDeployment.maxSurge');
  assert.equal(surge.required, false);
});

test('types: integer, object, array of object, string; required flags; unknown keys get no doc', () => {
  const docs = fieldDocsForBlock({ code: DEPLOYMENT });
  const byPath = new Map(docs.map((d) => [d.path, d]));
  assert.equal(byPath.get('Deployment.spec.replicas')?.type, 'integer');
  assert.equal(byPath.get('Deployment.spec.replicas')?.format, 'int32');
  assert.equal(byPath.get('Deployment.spec.strategy')?.type, 'object');
  assert.equal(byPath.get('Deployment.spec.strategy')?.typeName, 'DeploymentStrategy');
  assert.equal(byPath.get('Deployment.spec.template.spec.containers')?.type, 'array of object');
  assert.equal(byPath.get('Deployment.spec.template.spec.containers')?.typeName, 'Container');
  assert.equal(byPath.get('Deployment.spec.template.spec.containers[].image')?.type, 'string');
  assert.equal(byPath.get('Deployment.spec.template.spec.containers[].name')?.required, true);
  assert.equal(byPath.get('Deployment.spec.template.spec.containers[].imagez'), undefined);
  assert.equal(docs.filter((d) => d.line === 15).length, 0);
});

test('maxSurge in a declared fragment gets the same doc and docKey', () => {
  const docs = fieldDocsForBlock({ code: 'maxSurge: 25%\nmaxUnavailable: 0\n', meta: 'fragment="apps/v1/Deployment#spec.strategy.rollingUpdate"' });
  assert.equal(docs.length, 2);
  const [surge] = docs;
  assert.equal(surge!.path, 'Deployment.spec.strategy.rollingUpdate.maxSurge');
  assert.equal(surge!.type, 'IntOrString');
  assert.match(surge!.description ?? '', MAX_SURGE_DOC);
  assert.deepEqual([surge!.line, surge!.startCol, surge!.endCol], [0, 0, 8]);
  assert.equal(surge!.docKey, 'RollingUpdateDeployment.maxSurge');
});

test('free-form map keys (labels, limits) are user data and get no doc; enums are listed', () => {
  const code = 'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    app: web\nspec:\n  restartPolicy: Never\n  containers:\n    - name: a\n      resources:\n        limits:\n          cpu: 500m\n';
  const docs = fieldDocsForBlock({ code });
  assert.deepEqual(docs.filter((d) => d.line === 4 || d.line === 11), []);
  assert.equal(docs.find((d) => d.path === 'Pod.metadata.labels')?.type, 'map of string');
  assert.equal(docs.find((d) => d.path === 'Pod.spec.containers[].resources.limits')?.type, 'map of Quantity');
  assert.deepEqual(docs.find((d) => d.path === 'Pod.spec.restartPolicy')?.enum, ['Always', 'Never', 'OnFailure']);
});

test('one description per page: the same field in a Pod and a Deployment shares its docKey', () => {
  const pod = fieldDocsForBlock({ code: 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      image: b\n' });
  const deploy = fieldDocsForBlock({ code: DEPLOYMENT });
  const unique = uniqueFieldDocs([...pod, ...deploy]);
  const keys = unique.map((d) => d.docKey);
  assert.equal(new Set(keys).size, keys.length);
  assert.equal(keys.filter((k) => k === 'Container.image').length, 1);
  assert.ok(keys.includes('TypeMeta.apiVersion'));
  assert.ok(pod.some((d) => d.docKey === 'Container.image') && deploy.some((d) => d.docKey === 'Container.image'));
  assert.equal(fieldDocId('RollingUpdateDeployment.maxSurge'), 'k8s-doc-RollingUpdateDeployment-maxSurge');
});

test('not-k8s blocks, unknown kinds and bad fragments have no docs', () => {
  assert.deepEqual(fieldDocsForBlock({ code: 'replicas: 1\n', meta: 'not-k8s="Helm values"' }), []);
  assert.deepEqual(fieldDocsForBlock({ code: 'apiVersion: x/v1\nkind: Widget\nspec: {}\n' }), []);
  assert.deepEqual(fieldDocsForBlock({ code: 'a: 1\n', meta: 'fragment="v1/Pod#nope"' }), []);
});

test('fieldDocForToken matches highlighter tokens that carry leading whitespace or quotes', () => {
  const code = 'spec:\n  strategy:\n    rollingUpdate:\n      "maxSurge": 1\n';
  const docs = fieldDocsForBlock({ code, meta: 'fragment="apps/v1/Deployment"' });
  // Shiki-style: 1-based line, token start column, token text (whitespace merged into the token).
  assert.equal(fieldDocForToken(docs, 2, 0, '  strategy')?.docKey, 'DeploymentSpec.strategy');
  assert.equal(fieldDocForToken(docs, 4, 0, '      "maxSurge"')?.docKey, 'RollingUpdateDeployment.maxSurge');
  assert.equal(fieldDocForToken(docs, 4, 7, 'maxSurge')?.docKey, 'RollingUpdateDeployment.maxSurge');
  assert.equal(fieldDocForToken(docs, 4, 16, ':'), undefined);
  assert.equal(fieldDocForToken(docs, 4, 17, ' 1'), undefined);
  assert.equal(fieldDocForToken(docs, 2, 0, '   '), undefined);
});
