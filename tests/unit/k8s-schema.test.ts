import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { KIND_KEYS } from '../../src/k8s/kinds.ts';
import { kindDefinitions, loadSchema } from '../../src/k8s/schema.ts';
import { validateYamlBlock } from '../../src/k8s/validate-block.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('the schema covers exactly the supported kinds, with required constant apiVersion/kind', () => {
  const kinds = kindDefinitions();
  assert.deepEqual(Object.keys(kinds).sort(), [...KIND_KEYS].sort());
  assert.equal(KIND_KEYS.length, 40);
  const defs = loadSchema().definitions;
  const deployment = defs[kinds['apps/v1/Deployment']!];
  assert.deepEqual(deployment.required, ['apiVersion', 'kind']);
  assert.equal(deployment.properties.apiVersion.const, 'apps/v1');
  assert.equal(deployment.properties.kind.const, 'Deployment');
});

test('objects are strict (ObjectMeta included) and special types have their wire shape', () => {
  const defs = loadSchema().definitions;
  assert.equal(defs.ObjectMeta.additionalProperties, false);
  assert.equal(defs.Container.additionalProperties, false);
  assert.deepEqual(defs.IntOrString.type, ['integer', 'string']);
  assert.deepEqual(defs.Quantity.type, ['string', 'number']);
  assert.equal(defs.Time.type, 'string');
  assert.deepEqual(defs.ContainerPort.properties.containerPort, {
    description: defs.ContainerPort.properties.containerPort.description,
    type: 'integer',
    format: 'int32',
  });
});

test('every supported kind validates a minimal manifest of itself', () => {
  for (const key of KIND_KEYS) {
    const cut = key.lastIndexOf('/');
    const code = `apiVersion: ${key.slice(0, cut)}\nkind: ${key.slice(cut + 1)}\nmetadata:\n  name: x\n`;
    const issues = validateYamlBlock({ code, file: 'k.mdx', startLine: 1 });
    // Some kinds have required top-level fields (e.g. StorageClass.provisioner); nothing else may fail.
    for (const i of issues) assert.match(i.message, /^missing required field/, `${key}: ${i.message}`);
  }
});

test('the committed schema is up to date with node_modules (npm run schema)', () => {
  const out = execFileSync(process.execPath, ['tools/generate-k8s-schema.ts', '--check'], { cwd: root, encoding: 'utf8' });
  assert.match(out, /is up to date/);
});
