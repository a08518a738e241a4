import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { remarkValidateYaml, ManifestValidationError } from '../../src/markdown/remark-validate-yaml.ts';

const fixtureRoot = fileURLToPath(new URL('./fixtures/k8s/', import.meta.url));
const fixtureFile = `${fixtureRoot}content/questions/pod/create-pod.mdx`;

// A hand-built mdast tree with the shape remark-parse/remark-mdx produce
// (code nodes carry lang, meta, value and the fence's start line).
function code(lang: string, meta: string | null, value: string, fenceLine: number) {
  return { type: 'code', lang, meta, value, position: { start: { line: fenceLine } } };
}

test('the remark plugin throws one error naming file:line for every issue', () => {
  const tree = {
    type: 'root',
    children: [
      code('yaml', 'title="pod.yaml"', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      images: nginx', 10),
      // nested inside an MDX component: still found
      { type: 'mdxJsxFlowElement', name: 'Tabs', children: [
        code('yml', 'fragment="v1/Pod#spec.containers[].livenessProbe"', 'httpGet:\n  path: /\n  port: 80\nperiodSeconds: "10"', 22),
      ] },
      code('yaml', 'not-k8s="Helm values"', 'replicaCount: 2', 30),
      code('bash', null, 'kubectl apply -f pod.yaml', 34),
    ],
  };
  const transform = remarkValidateYaml({ root: '/site' });
  assert.throws(() => transform(tree, { path: '/site/content/questions/pod/create-pod.mdx' }), (err: unknown) => {
    assert.ok(err instanceof ManifestValidationError);
    assert.equal(err.issues.length, 2);
    assert.equal(err.message, [
      'Kubernetes YAML validation failed: 2 issues in 1 file:',
      '  content/questions/pod/create-pod.mdx:18 spec.containers[0].images: unknown field (did you mean "image"?)',
      '  content/questions/pod/create-pod.mdx:26 periodSeconds: expected integer, got string "10" (remove the quotes)',
    ].join('\n'));
    return true;
  });
});

test('files outside content/ and clean files do not throw', () => {
  const bad = { type: 'root', children: [code('yaml', null, 'kind: Nope', 1)] };
  const transform = remarkValidateYaml({ root: '/site' });
  assert.doesNotThrow(() => transform(bad, { path: '/site/src/pages/about.mdx' }));
  assert.doesNotThrow(() => transform(bad, {}));
  const good = { type: 'root', children: [code('yaml', null, 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a', 1)] };
  assert.doesNotThrow(() => transform(good, { path: '/site/content/questions/x/y.mdx' }));
});

test('real MDX parsed by remark-mdx: lines match the source file', async () => {
  const { unified } = await import('unified');
  const remarkParse = (await import('remark-parse')).default;
  const remarkMdx = (await import('remark-mdx')).default;
  const source = readFileSync(fixtureFile, 'utf8');
  const lines = source.split('\n');
  const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
  const tree = unified().use(remarkParse).use(remarkMdx).parse(source);
  const transform = remarkValidateYaml({ root: fixtureRoot });
  assert.throws(() => transform(tree as never, { path: fixtureFile }), (err: unknown) => {
    assert.ok(err instanceof ManifestValidationError);
    assert.deepEqual(err.issues.map((i) => [i.file, i.line, i.yamlPath]), [
      ['content/questions/pod/create-pod.mdx', lineOf('images: nginx'), 'spec.containers[0].images'],
      ['content/questions/pod/create-pod.mdx', lineOf('periodSeconds: "10"'), 'periodSeconds'],
    ]);
    assert.equal(lineOf('images: nginx'), 18, 'fixture layout');
    return true;
  });
});
