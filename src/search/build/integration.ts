import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { questionRecords, type SearchRecord } from './records.ts';
import { NAMES_FILE, namesFile, recordNames } from './record-names.ts';
import { indexedText, vocabulary, vocabularyFile, VOCABULARY_FILE } from './vocabulary.ts';

/** Every built HTML file under `dir`, as paths relative to it. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Pagefind's ready-made search interfaces; the site has its own dialog and never loads them. */
const UNUSED_UI = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css'];

/**
 * The address a built file is served at: `storage/index.html` → `/storage/`. Under a base path these
 * stay base-free: Pagefind's client puts its own location's base (`/handbook/`) in front of them.
 */
function servedPath(relative: string): string {
  const posix = relative.split(path.sep).join('/');
  return `/${posix.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Each indexed url's Pagefind page id: the name of its fragment file, which holds the url in its
 * gzipped JSON after a signature. Search results carry the id, so the browser can tell a named
 * question among them.
 */
async function pageIds(outputPath: string): Promise<Map<string, string>> {
  const dir = path.join(outputPath, 'fragment');
  const ids = new Map<string, string>();
  for (const file of await readdir(dir)) {
    const text = gunzipSync(await readFile(path.join(dir, file))).toString('utf8');
    const url = JSON.parse(text.slice(text.indexOf('{'))).url as string;
    ids.set(url, file.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

/**
 * Builds the Pagefind index into `dist/pagefind/` when `astro build` finishes, one record per
 * question (see records.ts), so a plain `astro build` already yields a searchable site, and writes
 * the vocabulary of its Latin words (see vocabulary.ts) and the questions' names (see
 * record-names.ts) next to it.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'kube-handbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        // Buttons (copy, copy link) are controls, not content.
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn', excludeSelectors: ['button'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const texts: string[] = [];
        const found: { record: SearchRecord; where: string }[] = [];
        for (const file of await htmlFiles(site)) {
          const where = path.join(path.basename(site), file);
          for (const record of questionRecords(await readFile(path.join(site, file), 'utf8'), servedPath(file), where)) found.push({ record, where });
        }
        for (const { record, where } of found) {
          const added = await index.addHTMLFile({ url: record.url, content: record.html });
          if (added.errors.length) throw new Error(`Pagefind could not index ${record.url} from ${where}: ${added.errors.join('; ')}`);
          texts.push(indexedText(record.html));
        }
        const count = found.length;
        if (count === 0) throw new Error(`Pagefind found nothing to index in ${site}: no element carries data-pagefind-body`);
        const outputPath = path.join(site, 'pagefind');
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await Promise.all(UNUSED_UI.map((file) => rm(path.join(outputPath, file), { force: true })));
        const words = vocabulary(texts);
        await writeFile(path.join(outputPath, VOCABULARY_FILE), vocabularyFile(count, words));
        await writeFile(path.join(outputPath, NAMES_FILE), namesFile(recordNames(found.map((f) => f.record)), await pageIds(outputPath)));
        await pagefind.close();
        const ms = Math.round(performance.now() - started);
        logger.info(`indexed ${count} questions in ${ms} ms; ${words.length} words in the spelling vocabulary`);
      },
    },
  };
}
