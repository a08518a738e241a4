import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';

const root = path.resolve(import.meta.dirname, '../..');
const code = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'tools'];
const fixture = path.join(root, 'tests/fixtures/site/content');

/**
 * A throwaway site: this project's code with the tiny fixture content of tests/fixtures/site
 * (node_modules shared), so a test can break content and build in seconds without touching ours.
 */
export function fixtureSite(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-handbook-'));
  for (const name of code) cpSync(path.join(root, name), path.join(dir, name), { recursive: true });
  cpSync(fixture, path.join(dir, 'content'), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Replaces the first occurrence of `from` in a file of the copy; returns the 1-based line it was on. */
export function edit(dir: string, file: string, from: string, to: string): number {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  assert.ok(text.includes(from), `${file} no longer contains ${JSON.stringify(from)}`);
  writeFileSync(full, text.replace(from, to));
  return text.slice(0, text.indexOf(from)).split('\n').length;
}

function runNode(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  // Strip colour codes so messages can be matched as plain text.
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

/** Runs `astro build` in a site copy (with this Node, the project's own) and returns its exit code and output. */
export function buildSite(dir: string, env: NodeJS.ProcessEnv = {}): { status: number | null; output: string } {
  return runNode(dir, [realpathSync(path.join(root, 'node_modules', '.bin', 'astro')), 'build'], env);
}

/** Runs `npm run check:content`'s script in a site copy. */
export function checkContent(dir: string): { status: number | null; output: string } {
  return runNode(dir, [path.join(dir, 'tools/check-content.ts')]);
}
