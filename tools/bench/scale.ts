// Makes a temporary copy of the project whose every question appears `factor` times, to see how
// the build grows with content. The copies are real questions under new ids and orders, so every
// build-time check (frontmatter, YAML against the API, links) runs on them too.
import { cp, mkdtemp, readdir, readFile, symlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';

/** Project files a build needs; dependencies are linked, never copied. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report', 'screenshots']);

/**
 * Links each installed package into the copy's own node_modules, so the copy shares the code but
 * keeps its caches (node_modules/.astro, .vite) apart from the project's.
 */
async function linkDependencies(root: string, copy: string) {
  const target = path.join(copy, 'node_modules');
  await mkdir(target);
  for (const entry of await readdir(path.join(root, 'node_modules'))) {
    if (['.astro', '.vite', '.cache'].includes(entry)) continue;
    await symlink(path.join(root, 'node_modules', entry), path.join(target, entry));
  }
}

/** Splits an MDX file into its YAML frontmatter and body. */
function splitFrontmatter(source: string, file: string): [Record<string, unknown>, string] {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!m) throw new Error(`${file}: no frontmatter between --- lines`);
  return [YAML.parse(m[1]!) as Record<string, unknown>, m[2]!];
}

/** Writes copies 2…factor of every question beside the original; returns how many questions there are. */
async function multiplyQuestions(copy: string, factor: number): Promise<number> {
  const base = path.join(copy, 'content', 'questions');
  let count = 0;
  for (const topic of await readdir(base)) {
    for (const name of await readdir(path.join(base, topic))) {
      if (!name.endsWith('.mdx')) continue;
      const file = path.join(base, topic, name);
      const [data, body] = splitFrontmatter(await readFile(file, 'utf8'), file);
      const id = name.slice(0, -'.mdx'.length);
      count++;
      for (let k = 2; k <= factor; k++) {
        const clone = { ...data, title: `${data.title}（副本 ${k}）`, order: Number(data.order) + (k - 1) * 1000 };
        await writeFile(path.join(base, topic, `${id}-x${k}.mdx`), `---\n${YAML.stringify(clone)}---\n${body}\n（合成副本 ${k}，用于规模测试：${id}-x${k}）\n`);
        count++;
      }
    }
  }
  return count;
}

export interface ScaledCopy { dir: string; questions: number }

/** A temporary copy of the project at `root` with every question repeated `factor` times. */
export async function scaledCopy(root: string, factor: number): Promise<ScaledCopy> {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`BENCH_SCALE: "${factor}" is not a whole number of at least 1`);
  const dir = await mkdtemp(path.join(tmpdir(), `kube-handbook-x${factor}-`));
  for (const entry of await readdir(root)) {
    if (SKIP.has(entry)) continue;
    await cp(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  await linkDependencies(root, dir);
  return { dir, questions: await multiplyQuestions(dir, factor) };
}
