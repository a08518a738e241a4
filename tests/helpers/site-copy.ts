import { cpSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const copied = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];

/** Copies the site (sharing node_modules) into a temp dir, so a test can break content without touching ours. */
export function copySite(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-handbook-'));
  for (const name of copied) cpSync(path.join(root, name), path.join(dir, name), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `astro build` in a site copy and returns its exit code and combined output. */
export function buildSite(dir: string): { status: number | null; output: string } {
  // Run Astro with this Node (the project's own), not whatever `node` the shebang would find.
  const astro = realpathSync(path.join(root, 'node_modules', '.bin', 'astro'));
  const run = spawnSync(process.execPath, [astro, 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  // Strip colour codes so messages can be matched as plain text.
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}
