// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { transformerNotationHighlight } from '@shikijs/transformers';
import pagefindIndex from './src/integrations/pagefind.ts';
import linkCheck from './src/integrations/link-check.ts';
import { codeFrame } from './src/markdown/code-frame.ts';
import { fieldDocs } from './src/markdown/field-docs.ts';
import { remarkValidateYaml } from './src/k8s/remark-validate-yaml.ts';

export default defineConfig({
  // Absolute URLs (canonical links, sitemap) use this; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { host: '127.0.0.1', port: 4321 },
  // Scripts and styles ship as files, never inlined, so the CSP needs no hash for Astro's own bundles.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // The remark/rehype pipeline, because the build-time checks are remark plugins:
    // every ```yaml block under content/ is validated against the Kubernetes 1.36 API.
    processor: unified({ remarkPlugins: [remarkValidateYaml] }),
    shikiConfig: {
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-default' },
      defaultColor: false,
      transformers: [transformerNotationHighlight(), fieldDocs(), codeFrame()],
    },
  },
  integrations: [
    mdx(),
    // Permalink pages only redirect, so they stay out of the sitemap.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/q/') }),
    linkCheck(),
    pagefindIndex(),
  ],
});
