import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { findBrokenLinks } from './dist-links.ts';
import { readContentIndex } from './content-index.ts';

/**
 * Fails the build when a built page links to a page, file or #anchor that does not exist:
 * links inside answers, related questions, permalink redirects, the table of contents, the pager.
 * It runs after the sitemap is written, so links to the sitemap are checked too.
 */
export default function linkCheck(): AstroIntegration {
  let origin = 'http://localhost';
  let base = '/';
  return {
    name: 'kube-handbook:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) origin = new URL(config.site).origin;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        const files = new Set<string>();
        const markup = new Map<string, string>();
        for (const entry of entries) {
          if (!entry.isFile()) continue;
          const rel = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
          files.add(rel);
          if (/\.(html|svg)$/.test(rel)) markup.set(rel, await readFile(path.join(root, rel), 'utf8'));
        }
        const questions = readContentIndex(process.cwd()).questions;
        const sourceOf = (id: string) => {
          const topic = questions.get(id);
          return topic ? `content/questions/${topic}/${id}.mdx` : undefined;
        };
        const problems = findBrokenLinks({ files, markup, origin, base, sourceOf });
        if (problems.length) {
          // A backstop: links written in content/ are checked at the source first, so what is left
          // here comes from templates or components; each names the question's file when it has one.
          throw new Error(`${problems.length} broken link(s) in the built site (paths are under dist/):\n  ${problems.join('\n  ')}`);
        }
        logger.info(`every internal link and #anchor in ${markup.size} pages resolves`);
      },
    },
  };
}
