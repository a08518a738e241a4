import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateYamlBlock } from '../../src/k8s/validate-block.ts';
import { parseFenceMeta } from '../../src/k8s/fence-meta.ts';
import { resolveFragment } from '../../src/k8s/fragment.ts';
import { formatIssue } from '../../src/k8s/format.ts';
import type { ManifestIssue } from '../../src/k8s/types.ts';

const FILE = 'content/questions/pod/probes.mdx';
const START = 40; // fence on MDX line 39

function check(code: string, meta: string): ManifestIssue[] {
  return validateYamlBlock({ code, meta, file: FILE, startLine: START });
}

function only(issues: ManifestIssue[]): ManifestIssue {
  assert.equal(issues.length, 1, `expected exactly one issue, got:\n${issues.map(formatIssue).join('\n')}`);
  return issues[0]!;
}

const CONTAINER = 'name: web\nimage: nginx:1.27\nports:\n  - containerPort: 80\n';

test('parseFenceMeta reads title, fragment, not-k8s and partial', () => {
  assert.deepEqual(parseFenceMeta('title="deployment.yaml" fragment="apps/v1/Deployment#spec.strategy" partial {1,3-4}'), {
    title: 'deployment.yaml',
    fragment: 'apps/v1/Deployment#spec.strategy',
    partial: true,
    attrs: { title: 'deployment.yaml', fragment: 'apps/v1/Deployment#spec.strategy', partial: true },
  });
  assert.equal(parseFenceMeta("not-k8s='Helm values'").notK8s, 'Helm values');
  assert.equal(parseFenceMeta('not-k8s').notK8s, '');
  assert.deepEqual(parseFenceMeta(undefined), { attrs: {} });
});

test('a right fragment passes: one container', () => {
  assert.deepEqual(check(CONTAINER, 'fragment="v1/Pod#spec.containers[]"'), []);
});

test('a right fragment passes: a probe inside a Deployment pod template', () => {
  const probe = 'httpGet:\n  path: /healthz\n  port: 8080\ninitialDelaySeconds: 5\n';
  assert.deepEqual(check(probe, 'fragment="apps/v1/Deployment#spec.template.spec.containers[].livenessProbe"'), []);
});

test('a fragment is validated strictly: errors carry paths relative to the fragment and MDX lines', () => {
  const issue = only(check(CONTAINER.replace('containerPort', 'containerport'), 'fragment="v1/Pod#spec.containers[]"'));
  assert.equal(issue.line, START + 3);
  assert.equal(issue.yamlPath, 'ports[0].containerport');
  assert.equal(issue.message, 'unknown field (did you mean "containerPort"?)');
});

test('a wrong fragment path fails and names the bad segment', () => {
  const issue = only(check(CONTAINER, 'fragment="v1/Pod#spec.container[]"'));
  assert.equal(issue.line, START - 1, 'fragment problems point at the fence line');
  assert.match(issue.message, /"container" is not a field of v1\/Pod#spec \(did you mean "containers"\?\)/);
});

test('a fragment path that forgets [] on a list says how to write it', () => {
  const r = resolveFragment('v1/Pod#spec.containers.livenessProbe');
  assert.ok('error' in r);
  assert.match(r.error, /containers is a list; write "containers\[\]\.livenessProbe"/);
});

test('a fragment with an unknown kind fails', () => {
  const issue = only(check(CONTAINER, 'fragment="apps/v1/Deploymnet#spec"'));
  assert.match(issue.message, /unsupported kind "apps\/v1\/Deploymnet" in fragment \(did you mean "apps\/v1\/Deployment"\?\)/);
});

test('missing required fields are errors in fragments, unless the block is marked partial', () => {
  const strategy = 'strategy:\n  type: Recreate\n';
  const issue = only(check(strategy, 'fragment="apps/v1/Deployment#spec"'));
  assert.equal(issue.line, START);
  assert.equal(issue.message, 'missing required fields "selector", "template"');
  assert.deepEqual(check(strategy, 'fragment="apps/v1/Deployment#spec" partial'), []);
  // partial only forgives omissions, not mistakes
  assert.equal(only(check('strategy:\n  typ: Recreate\n', 'fragment="apps/v1/Deployment#spec" partial')).message,
    'unknown field (did you mean "type"?)');
});

test('not-k8s skips the schema but still checks duplicate keys', () => {
  const helm = 'replicaCount: 2\nimage:\n  repository: nginx\n';
  assert.deepEqual(check(helm, 'not-k8s="Helm values"'), []);
  const dup = only(check(`${helm}replicaCount: 3\n`, 'not-k8s="Helm values"'));
  assert.equal(dup.line, START + 3);
  assert.match(dup.message, /^duplicate key "replicaCount"/);
});

test('not-k8s without a reason is an error', () => {
  const issue = only(check('a: 1\n', 'not-k8s'));
  assert.equal(issue.line, START - 1);
  assert.match(issue.message, /not-k8s needs a reason/);
});
