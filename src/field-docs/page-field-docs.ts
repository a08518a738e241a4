import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Code, Root } from 'mdast';
import { fieldDocsForBlock, uniqueFieldDocs, type FieldDoc } from '../k8s/index.ts';

const parser = unified().use(remarkParse).use(remarkMdx);

/**
 * The field docs used by the YAML blocks of some MDX bodies, each docKey once, for one page.
 * The bodies are parsed as MDX, so every fence form (```, ~~~, longer fences, indented) is found.
 */
export function fieldDocsForBodies(bodies: string[]): FieldDoc[] {
  const all: FieldDoc[] = [];
  for (const body of bodies) {
    visit(parser.parse(body) as Root, 'code', (node: Code) => {
      const lang = node.lang?.toLowerCase();
      if (lang === 'yaml' || lang === 'yml') all.push(...fieldDocsForBlock({ code: node.value, meta: node.meta ?? '' }));
    });
  }
  return uniqueFieldDocs(all);
}

/** What a page's popover needs, by key id: `{ "RollingUpdateDeployment-maxSurge": ["IntOrString", "The maximum…"] }`. */
export function fieldDocsJson(docs: FieldDoc[], idOf: (docKey: string) => string): Record<string, [string, string]> {
  return Object.fromEntries(docs.map((d) => [idOf(d.docKey), [d.type, d.description ?? '（上游 API 未提供说明）']]));
}
