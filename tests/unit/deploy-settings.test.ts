import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBasePath, parseRepositoryUrl, parseSiteUrl } from '../../src/deploy-settings.ts';

test('SITE_URL is an http(s) origin, with a local default', () => {
  assert.equal(parseSiteUrl(undefined), 'http://127.0.0.1:4321');
  assert.equal(parseSiteUrl(''), 'http://127.0.0.1:4321');
  assert.equal(parseSiteUrl('https://handbook.example.org/'), 'https://handbook.example.org');
  assert.equal(parseSiteUrl(' https://Handbook.Example.org '), 'https://handbook.example.org');
});

test('a SITE_URL with a path, another scheme or no scheme is refused, saying what to write', () => {
  assert.throws(() => parseSiteUrl('https://org.github.io/handbook/'), /SITE_URL "https:\/\/org\.github\.io\/handbook\/" has a path; set SITE_URL=https:\/\/org\.github\.io and BASE_PATH=\/handbook\//);
  assert.throws(() => parseSiteUrl('ftp://example.org'), /SITE_URL "ftp:\/\/example\.org" must start with https:\/\/ or http:\/\//);
  assert.throws(() => parseSiteUrl('handbook.example.org'), /SITE_URL "handbook\.example\.org" is not an absolute URL/);
});

test('BASE_PATH is written any way and read as /segments/', () => {
  assert.equal(parseBasePath(undefined), '/');
  assert.equal(parseBasePath(''), '/');
  assert.equal(parseBasePath('/'), '/');
  assert.equal(parseBasePath('handbook'), '/handbook/');
  assert.equal(parseBasePath('/handbook'), '/handbook/');
  assert.equal(parseBasePath('/docs/k8s-handbook/'), '/docs/k8s-handbook/');
});

test('a BASE_PATH segment that is not a plain name is refused, naming it', () => {
  assert.throws(() => parseBasePath('/hand book/'), /BASE_PATH "\/hand book\/" has the segment "hand book"/);
  assert.throws(() => parseBasePath('/../etc/'), /has the segment "\.\."/);
  assert.throws(() => parseBasePath('/a?b/'), /has the segment "a\?b"/);
});

test('REPOSITORY_URL is empty or an http(s) address without a trailing slash', () => {
  assert.equal(parseRepositoryUrl(undefined), '');
  assert.equal(parseRepositoryUrl('https://github.com/org/kube-handbook/'), 'https://github.com/org/kube-handbook');
  assert.throws(() => parseRepositoryUrl('git@github.com:org/kube-handbook.git'), /REPOSITORY_URL "git@github\.com:org\/kube-handbook\.git" is not an absolute URL/);
});
