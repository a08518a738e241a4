// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { transformerNotationHighlight } from '@shikijs/transformers';
import { BASE_PATH, SITE_URL } from './src/config.ts';
import { withoutBase } from './src/handbook/urls.ts';
import pagefindIndex from './src/search/build/integration.ts';
import linkCheck from './src/links/integration.ts';
import { codeFrame } from './src/markdown/shiki-code-frame.ts';
import { fieldDocs } from './src/markdown/shiki-field-docs.ts';
import { remarkValidateYaml } from './src/markdown/remark-validate-yaml.ts';
import { remarkCheckLinks } from './src/markdown/remark-check-links.ts';
import { rehypeBaseLinks } from './src/markdown/rehype-base-links.ts';
import { rehypeTableScroll } from './src/markdown/rehype-table-scroll.ts';
import hostHeaders from './src/security/headers-integration.ts';
import { classColours } from './src/markdown/shiki-class-colours.ts';
import { CODE_THEMES } from './src/markdown/code-theme.ts';
import { codeColoursStylesheet } from './src/markdown/code-colours-vite.ts';
import { remarkDiagrams } from './src/markdown/remark-diagrams.ts';

export default defineConfig({
  site: SITE_URL,
  // BASE_PATH puts the whole site under a sub-path (a GitHub Pages project site); see src/handbook/urls.ts.
  base: BASE_PATH,
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { host: '127.0.0.1', port: 4321 },
  // Scripts and styles ship as files, never inlined, so the CSP needs no hash for Astro's own bundles.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        optimization: { inlineConst: { mode: 'all' } },
        // Every MDX page makes rolldown warn that Astro's "use astro:head-inject" directive "may not be
        // preserved" (withastro/astro#18087): ~10 lines per page that bury real problems. Only that one goes.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    plugins: [codeColoursStylesheet()],
  },
  markdown: {
    // The remark/rehype pipeline, because the build-time checks are remark plugins:
    // every ```yaml block under content/ is validated against the Kubernetes API, every internal link
    // against the pages content/ will build; every ```mermaid fence becomes an inline SVG figure. Links are
    // checked as written (`/q/<id>/`) and get the base path afterwards; wide tables scroll in a focusable
    // region instead of breaking identifiers.
    processor: unified({
      remarkPlugins: [remarkValidateYaml, remarkCheckLinks, remarkDiagrams],
      rehypePlugins: [rehypeBaseLinks, rehypeTableScroll],
    }),
    shikiConfig: {
      themes: CODE_THEMES,
      defaultColor: false,
      // classColours last: it turns the colour styles the others leave into classes.
      transformers: [transformerNotationHighlight(), fieldDocs(), codeFrame(), classColours()],
    },
  },
  integrations: [
    mdx(),
    // Pages only (addresses ending in /), under the base path: not the JSON, images and text files that
    // endpoints write, and not the answer fragments /practice/ fetches, which are parts of topic pages.
    sitemap({
      filter: (page) => {
        const path = withoutBase(new URL(page).pathname);
        return path !== undefined && path.endsWith('/') && !path.startsWith('/practice/answers/');
      },
    }),
    linkCheck(),
    pagefindIndex(),
    hostHeaders(),
  ],
});
