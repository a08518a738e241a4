import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateYamlBlock } from '../../src/k8s/validate-block.ts';
import { formatIssue } from '../../src/k8s/format.ts';
import type { ManifestIssue } from '../../src/k8s/types.ts';

const FILE = 'content/questions/pod/create-pod.mdx';
// The fence opens on MDX line 9, so code line 1 is MDX line 10: MDX line = START + (0-based code line).
const START = 10;

function check(code: string, meta?: string): ManifestIssue[] {
  return validateYamlBlock({ code, meta, file: FILE, startLine: START });
}

function only(issues: ManifestIssue[]): ManifestIssue {
  assert.equal(issues.length, 1, `expected exactly one issue, got:\n${issues.map(formatIssue).join('\n')}`);
  return issues[0]!;
}

const DEPLOYMENT = [
  'apiVersion: apps/v1', //             0
  'kind: Deployment', //                1
  'metadata:', //                       2
  '  name: web', //                     3
  '  labels:', //                       4
  '    app.kubernetes.io/name: web', // 5
  'spec:', //                           6
  '  replicas: 2', //                   7
  '  selector:', //                     8
  '    matchLabels:', //                9
  '      app: web', //                  10
  '  strategy:', //                     11
  '    type: RollingUpdate', //         12
  '    rollingUpdate:', //              13
  '      maxSurge: 25%', //             14
  '      maxUnavailable: 0', //         15
  '  template:', //                     16
  '    metadata:', //                   17
  '      labels:', //                   18
  '        app: web', //                19
  '    spec:', //                       20
  '      containers:', //               21
  '        - name: web', //             22
  '          image: nginx:1.27', //     23
  '          ports:', //                24
  '            - containerPort: 80', // 25
  '          resources:', //            26
  '            requests: {cpu: 100m, memory: 128Mi}', // 27
  '          livenessProbe:', //        28
  '            httpGet:', //            29
  '              path: /healthz', //    30
  '              port: 80', //          31
  '            periodSeconds: 10', //   32
  '',
].join('\n');

function mutate(find: string, replace: string): string {
  assert.ok(DEPLOYMENT.includes(find), `fixture does not contain ${find}`);
  return DEPLOYMENT.replace(find, replace);
}

test('a valid Deployment passes', () => {
  assert.deepEqual(check(DEPLOYMENT), []);
});

test('images: instead of image: is an unknown field with a suggestion, at the right line', () => {
  const issue = only(check(mutate('image: nginx', 'images: nginx')));
  assert.equal(issue.line, START + 23);
  assert.equal(issue.yamlPath, 'spec.template.spec.containers[0].images');
  assert.equal(issue.message, 'unknown field (did you mean "image"?)');
  assert.equal(formatIssue(issue),
    'content/questions/pod/create-pod.mdx:33 spec.template.spec.containers[0].images: unknown field (did you mean "image"?)');
});

test('replicas: "2" is a type error', () => {
  const issue = only(check(mutate('replicas: 2', 'replicas: "2"')));
  assert.equal(issue.line, START + 7);
  assert.equal(issue.yamlPath, 'spec.replicas');
  assert.match(issue.message, /^expected integer, got string "2"/);
});

test('path directly under livenessProbe is reported and httpGet.path is suggested', () => {
  const code = mutate('            httpGet:\n              path: /healthz\n              port: 80\n',
    '            path: /healthz\n            httpGet:\n              port: 80\n');
  const issue = only(check(code));
  assert.equal(issue.line, START + 29);
  assert.equal(issue.yamlPath, 'spec.template.spec.containers[0].livenessProbe.path');
  assert.match(issue.message, /^unknown field/);
  assert.match(issue.message, /"httpGet\.path"/);
});

test('a missing required field names the field and points at its parent', () => {
  const issue = only(check(mutate('        - name: web\n          image', '        - image')));
  assert.equal(issue.line, START + 22);
  assert.equal(issue.yamlPath, 'spec.template.spec.containers[0]');
  assert.equal(issue.message, 'missing required field "name"');
});

test('a bad enum lists the allowed values and suggests the closest', () => {
  const issue = only(check(mutate('type: RollingUpdate', 'type: Rollingupdate')));
  assert.equal(issue.line, START + 12);
  assert.equal(issue.message, 'invalid value "Rollingupdate" (did you mean "RollingUpdate"?); allowed: "Recreate", "RollingUpdate"');
});

test('a duplicate key is an error at the second occurrence', () => {
  const issue = only(check(mutate('  replicas: 2\n', '  replicas: 2\n  replicas: 3\n')));
  assert.equal(issue.line, START + 8);
  assert.match(issue.message, /^duplicate key "replicas"/);
});

test('a tab in the indentation is an error on that line', () => {
  const issue = only(check(mutate('  replicas: 2', '\treplicas: 2')));
  assert.equal(issue.line, START + 7);
  assert.match(issue.message, /tab character in indentation/);
});

test('tabs inside a block scalar are text, not indentation', () => {
  const code = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: make\ndata:\n  Makefile: |\n    all:\n    \techo hi\n';
  assert.deepEqual(check(code), []);
});

test('a misspelled kind fails, suggests the right one and lists the supported kinds', () => {
  const issue = only(check(mutate('kind: Deployment', 'kind: Deploymnet')));
  assert.equal(issue.line, START + 1);
  assert.equal(issue.yamlPath, 'kind');
  assert.match(issue.message, /^unsupported kind "apps\/v1\/Deploymnet" \(did you mean "apps\/v1\/Deployment"\?\)/);
  assert.match(issue.message, /supported kinds: v1: Pod, Service/);
});

test('a real kind outside the schema fails instead of passing silently', () => {
  const issue = only(check('apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\naddressType: IPv4\n'));
  assert.equal(issue.line, START + 1);
  assert.match(issue.message, /^unsupported kind "discovery\.k8s\.io\/v1\/EndpointSlice"; supported kinds: /);
  assert.match(issue.message, /not-k8s/);
});

test('a known kind under the wrong apiVersion says which apiVersion serves it', () => {
  const issue = only(check(mutate('apiVersion: apps/v1', 'apiVersion: extensions/v1beta1')));
  assert.equal(issue.line, START);
  assert.equal(issue.yamlPath, 'apiVersion');
  assert.match(issue.message, /did you mean "apps\/v1"/);
});

test('a document without apiVersion/kind and without a fragment is an error', () => {
  const issue = only(check('metadata:\n  name: x\n'));
  assert.equal(issue.line, START);
  assert.match(issue.message, /^missing "apiVersion" and "kind"; declare fragment=/);
});

test('a multi-document block reports the line inside the right document', () => {
  const code = [
    'apiVersion: v1', //           0
    'kind: Namespace', //          1
    'metadata:', //                2
    '  name: team-a', //           3
    '---', //                      4
    'apiVersion: v1', //           5
    'kind: Service', //            6
    'metadata:', //                7
    '  name: web', //              8
    '  namespace: team-a', //      9
    'spec:', //                    10
    '  selector: {app: web}', //   11
    '  ports:', //                 12
    '    - port: 80', //           13
    '      targetport: 8080', //   14
    '',
  ].join('\n');
  const issue = only(check(code));
  assert.equal(issue.line, START + 14);
  assert.equal(issue.yamlPath, 'spec.ports[0].targetport');
  assert.equal(issue.message, 'unknown field (did you mean "targetPort"?)');
});

test('all issues of a block are reported, sorted by line', () => {
  const code = mutate('replicas: 2', 'replicas: two').replace('image: nginx', 'images: nginx');
  const issues = check(code);
  assert.deepEqual(issues.map((i) => i.line), [START + 7, START + 23]);
});

test('YAML 1.1 like kubectl: an unquoted yes in an env value is a boolean, not a string', () => {
  const code = mutate('          ports:', '          env:\n            - name: DEBUG\n              value: yes\n          ports:');
  const issue = only(check(code));
  assert.equal(issue.line, START + 26);
  assert.equal(issue.message, 'expected string, got boolean true (quote it: "yes")');
});

test('a key without a value is null, with a hint', () => {
  const code = mutate('          ports:', '          securityContext:\n          ports:');
  const issue = only(check(code));
  assert.equal(issue.line, START + 24);
  assert.match(issue.message, /^expected a mapping, got null \(the key has no value/);
});
