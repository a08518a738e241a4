import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkKeys, pathOf } from '../../src/field-docs/key-paths.ts';

const roundTrip = (paths: string[]) => {
  const { root, links } = linkKeys(paths);
  const fields = paths.map((p) => p.slice(p.lastIndexOf('.') + 1));
  return { root, links, rebuilt: paths.map((_, i) => pathOf(i, fields, links, root)) };
};

test('a manifest\'s keys link to their parents and rebuild their full paths', () => {
  const paths = [
    'Deployment.apiVersion', 'Deployment.kind', 'Deployment.metadata', 'Deployment.metadata.name',
    'Deployment.spec', 'Deployment.spec.template', 'Deployment.spec.template.spec',
    'Deployment.spec.template.spec.containers', 'Deployment.spec.template.spec.containers[].name',
    'Deployment.spec.template.spec.containers[].image',
  ];
  const { root, links, rebuilt } = roundTrip(paths);
  assert.equal(root, 'Deployment');
  assert.deepEqual(links[0], {});
  assert.deepEqual(links[3], { up: 1 });
  assert.deepEqual(links[8], { up: 1, via: '[]' });
  assert.deepEqual(links[9], { up: 2, via: '[]' });
  assert.deepEqual(rebuilt, paths);
});

test('several documents and fragments keep their own roots', () => {
  const paths = ['Deployment.kind', 'Deployment.spec', 'Deployment.spec.replicas', 'Service.kind', 'Service.spec', 'Service.spec.ports', 'Service.spec.ports[].port'];
  const { links, rebuilt } = roundTrip(paths);
  assert.equal(links[3]!.root, 'Service');
  assert.deepEqual(rebuilt, paths);
  assert.deepEqual(roundTrip(['Deployment.spec.strategy.type', 'Deployment.spec.strategy.rollingUpdate', 'Deployment.spec.strategy.rollingUpdate.maxSurge']).rebuilt,
    ['Deployment.spec.strategy.type', 'Deployment.spec.strategy.rollingUpdate', 'Deployment.spec.strategy.rollingUpdate.maxSurge']);
});

test('a key whose parent is not marked falls back to its own root', () => {
  const paths = ['Pod.spec.containers[].resources.limits.*.x'];
  assert.deepEqual(roundTrip(paths).rebuilt, paths);
});
