// Builds a checkout from cold and measures the time it takes and what it writes.
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface Size { bytes: number; files: number }

export interface BuildResult {
  /** Wall time of `astro build --force`: content, pages, sitemap, link check and search index. */
  ms: number;
  /** Pagefind's own share, as its integration logs it. */
  indexMs: number | undefined;
  dist: Size;
  index: Size;
  html: Size;
}

/** Bytes and files under a folder; optionally only files whose names pass `keep`. */
export async function folderSize(dir: string, keep: (name: string) => boolean = () => true): Promise<Size> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let bytes = 0;
  let files = 0;
  for (const e of entries) {
    if (!e.isFile() || !keep(e.name)) continue;
    bytes += (await stat(path.join(e.parentPath, e.name))).size;
    files++;
  }
  return { bytes, files };
}

/**
 * Runs `astro build --force` in `root` (the cache is cleared, as on a fresh clone) into `outDir`,
 * with SITE_URL set so canonical links match the server the pages will be measured on.
 */
export async function timedBuild(root: string, outDir: string, siteUrl: string): Promise<BuildResult> {
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const started = performance.now();
  const log = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build', '--force', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, SITE_URL: siteUrl, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.on('error', reject);
    child.on('close', (code) => code === 0 ? resolve(out) : reject(new Error(`astro build in ${root} failed with exit code ${code}:\n${out.slice(-4000)}`)));
  });
  const ms = performance.now() - started;
  const indexed = /indexed \d+ (?:pages|questions) in (\d+) ms/.exec(log);
  return {
    ms,
    indexMs: indexed ? Number(indexed[1]) : undefined,
    dist: await folderSize(outDir),
    index: await folderSize(path.join(outDir, 'pagefind')),
    html: await folderSize(outDir, (n) => n.endsWith('.html')),
  };
}
