import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { hostHeadersFile } from './csp.ts';
import { themeInitSource } from '../theme/theme-init.ts';

/**
 * Writes `_headers` next to the pages: the Content-Security-Policy as a response header, with
 * `frame-ancestors`, in the format Netlify and Cloudflare Pages read. Other hosts copy the same lines
 * into their own configuration (README.md, “部署”); the hash always matches this build's theme script.
 */
export default function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'kube-handbook:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(path.join(fileURLToPath(dir), '_headers'), hostHeadersFile([themeInitSource], base));
      },
    },
  };
}
