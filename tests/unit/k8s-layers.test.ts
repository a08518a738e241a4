// Which layer catches what: the generated schema (layer 1) or kubernetes-models' own validators (layer 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { validateYamlBlock } from '../../src/k8s/validate-block.ts';
import { schemaIssues } from '../../src/k8s/schema-validate.ts';
import { kmIssues } from '../../src/k8s/km-validate.ts';
import { formatIssue } from '../../src/k8s/format.ts';
import type { ManifestIssue } from '../../src/k8s/types.ts';

const START = 5;

function pod(containerLines: string[], specLines: string[] = []): string {
  return [
    'apiVersion: v1', //      0
    'kind: Pod', //           1
    'metadata:', //           2
    '  name: demo', //        3
    'spec:', //               4
    ...specLines.map((l) => `  ${l}`),
    '  containers:',
    '    - name: app',
    '      image: nginx',
    ...containerLines.map((l) => `      ${l}`),
    '',
  ].join('\n');
}

function only(issues: ManifestIssue[]): ManifestIssue {
  assert.equal(issues.length, 1, `expected exactly one issue, got:\n${issues.map(formatIssue).join('\n')}`);
  return issues[0]!;
}

const noSource = () => undefined;

test('int32 overflow: the schema misses it, kubernetes-models catches it', () => {
  const code = pod(['ports:', '  - containerPort: 3000000000']);
  const data = parse(code);
  assert.deepEqual(schemaIssues('#/definitions/Pod', data, noSource), [], 'layer 1 only knows "integer"');
  assert.equal(kmIssues('v1/Pod', [], data).length, 1);
  const issue = only(validateYamlBlock({ code, file: 'content/a.mdx', startLine: START }));
  assert.equal(issue.line, START + 9);
  assert.equal(issue.yamlPath, 'spec.containers[0].ports[0].containerPort');
  assert.equal(issue.message, 'integer 3000000000 is out of range for int32 (-2147483648 to 2147483647)');
});

test('Quantity format: "512MB" passes the schema (a string) but not kubernetes-models', () => {
  const code = pod(['resources:', '  limits:', '    memory: 512MB']);
  assert.deepEqual(schemaIssues('#/definitions/Pod', parse(code), noSource), []);
  const issue = only(validateYamlBlock({ code, file: 'content/a.mdx', startLine: START }));
  assert.equal(issue.line, START + 10);
  assert.match(issue.message, /^invalid quantity "512MB" \(did you mean "512Mi"\?/);
});

test('restartPolicy: Sometimes is caught by the schema already, and reported once', () => {
  const code = pod([], ['restartPolicy: Sometimes']);
  const data = parse(code);
  assert.equal(schemaIssues('#/definitions/Pod', data, noSource).length, 1);
  assert.equal(kmIssues('v1/Pod', [], data).length, 1, 'layer 2 sees it too');
  const issue = only(validateYamlBlock({ code, file: 'content/a.mdx', startLine: START }));
  assert.equal(issue.line, START + 5);
  assert.equal(issue.message, 'invalid value "Sometimes"; allowed: "Always", "Never", "OnFailure"');
});

test('Secret data must be base64: only kubernetes-models knows', () => {
  const code = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  password: hunter2!\n';
  const issue = only(validateYamlBlock({ code, file: 'content/a.mdx', startLine: START }));
  assert.equal(issue.line, START + 5);
  assert.match(issue.message, /^invalid base64 value "hunter2!".*use stringData/);
});

test('known gap: port 70000 is a valid int32, and range checks beyond int32 live in the API server', () => {
  // If this starts failing, a layer learned port ranges: update src/k8s/README.md ("Known gap").
  const code = pod(['ports:', '  - containerPort: 70000']);
  assert.deepEqual(validateYamlBlock({ code, file: 'content/a.mdx', startLine: START }), []);
});
