/**
 * rehype plugin: puts the site's base path in front of the internal links of an answer. Authors write
 * `/q/<id>/` and `/<topic>/#<id>` whatever the deployment (src/links/source-links.ts checks them as
 * written); the pages get `/handbook/q/<id>/` when the site is built with BASE_PATH=/handbook/.
 */
import { visit } from 'unist-util-visit';
import { BASE_PATH } from '../config.ts';
import { withBase } from '../handbook/urls.ts';

interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: HastNode[];
}

const URL_PROPERTIES = ['href', 'src'];

/**
 * A root-relative address (`/x`, not `//host/x`) moved under the base; anything else unchanged.
 * Content never carries the base itself (the source link check would reject it), so every such link moves.
 */
export function baseLink(value: string, base: string): string {
  if (!value.startsWith('/') || value.startsWith('//')) return value;
  return withBase(value, base);
}

/**
 * A link as it should appear on the pages. `#<id>` in a question file means a question of the same
 * topic; the answer is shown on its topic page and on its own page (/q/<id>/), where that anchor does
 * not exist, so it becomes `/<topic>/#<id>`, which works on both.
 */
export function pageLink(value: string, base: string, topic?: string): string {
  if (topic && value.startsWith('#') && value.length > 1) return withBase(`/${topic}/${value}`, base);
  return base === '/' ? value : baseLink(value, base);
}

interface VFileLike { path?: string; history?: string[] }

export function rehypeBaseLinks(options: { base?: string } = {}) {
  const base = options.base ?? BASE_PATH;
  return function transformer(tree: HastNode, file?: VFileLike): void {
    const source = (file?.path ?? file?.history?.at(-1) ?? '').split('\\').join('/');
    const topic = /(?:^|\/)content\/questions\/([^/]+)\/[^/]+$/.exec(source)?.[1];
    const rewrite = (value: string) => pageLink(value, base, topic);
    visit(tree as never, (node: HastNode) => {
      if (node.type === 'element' && node.properties) {
        for (const prop of URL_PROPERTIES) {
          const value = node.properties[prop];
          if (typeof value === 'string') node.properties[prop] = rewrite(value);
        }
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.attributes) {
        for (const attr of node.attributes) {
          if (attr.type === 'mdxJsxAttribute' && URL_PROPERTIES.includes(attr.name ?? '') && typeof attr.value === 'string') {
            attr.value = rewrite(attr.value);
          }
        }
      }
    });
  };
}
