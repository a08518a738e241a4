import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { contentSecurityPolicy, cspHash } from '../../src/security/csp.ts';
import { themeInitSource } from '../../src/theme/theme-init.ts';

const directives = (policy: string) => new Map(policy.split(';').map((d) => {
  const [name, ...values] = d.trim().split(/\s+/);
  return [name!, values];
}));

test('hashes a script the way browsers do: sha256 over its UTF-8 text, base64', () => {
  const expected = createHash('sha256').update('alert(“主题”)', 'utf8').digest('base64');
  assert.equal(cspHash('alert(“主题”)'), `'sha256-${expected}'`);
  assert.notEqual(cspHash('a'), cspHash('a '));
});

test('allows scripts from the site and the theme script by hash, never inline scripts in general', () => {
  const policy = directives(contentSecurityPolicy([themeInitSource]));
  assert.deepEqual(policy.get('default-src'), ["'self'"]);
  const scripts = policy.get('script-src')!;
  assert.ok(scripts.includes("'self'"));
  assert.ok(scripts.includes(cspHash(themeInitSource)));
  assert.ok(!scripts.includes("'unsafe-inline'") && !scripts.includes("'unsafe-eval'"));
  assert.deepEqual(policy.get('object-src'), ["'none'"]);
  assert.deepEqual(policy.get('base-uri'), ["'self'"]);
});

test('names no other host anywhere in the policy', () => {
  const policy = contentSecurityPolicy([themeInitSource]);
  for (const [name, values] of directives(policy)) {
    for (const value of values) assert.match(value, /^'[^']+'$/, `${name} allows ${value}`);
  }
});

test('every directive is as strict as the site allows, styles included', () => {
  const policy = directives(contentSecurityPolicy([themeInitSource]));
  assert.deepEqual(Object.fromEntries([...policy].filter(([name]) => name !== 'script-src')), {
    'default-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'"],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  });
});

test('the host headers carry the meta policy plus frame-ancestors, for every path under the base', async () => {
  const { hostHeadersFile, headerContentSecurityPolicy } = await import('../../src/security/csp.ts');
  const header = headerContentSecurityPolicy([themeInitSource]);
  assert.equal(header, `${contentSecurityPolicy([themeInitSource])}; frame-ancestors 'none'`);
  assert.deepEqual(directives(header).get('frame-ancestors'), ["'none'"]);
  const file = hostHeadersFile([themeInitSource], '/handbook/');
  assert.match(file, /^\/handbook\/\*\n {2}Content-Security-Policy: .+\n {2}X-Content-Type-Options: nosniff\n/);
  assert.ok(file.includes(header));
});
