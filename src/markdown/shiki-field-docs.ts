import type { ShikiTransformer } from 'shiki';
import type { Element, ElementContent } from 'hast';
import { fieldDocsForBlock, fieldDocForToken, fieldDocId, type FieldDoc } from '../k8s/index.ts';

const DOCS = Symbol('k8sFieldDocs');

/**
 * Marks each YAML key that maps into the Kubernetes schema with the id of its field description.
 * The descriptions themselves are emitted once per page (see FieldDocs.astro), not per key.
 */
export function fieldDocs(): ShikiTransformer {
  return {
    name: 'kube-handbook:field-docs',
    preprocess(code, options) {
      if (options.lang !== 'yaml' && options.lang !== 'yml') return;
      (this.meta as Record<symbol, FieldDoc[]>)[DOCS] = fieldDocsForBlock({ code, meta: options.meta?.__raw });
    },
    pre(pre) {
      const docs = (this.meta as Record<symbol, FieldDoc[] | undefined>)[DOCS];
      if (docs?.length) pre.properties['data-field-docs'] = '';
    },
    span(span, line, col, _lineElement, token) {
      const docs = (this.meta as Record<symbol, FieldDoc[] | undefined>)[DOCS];
      if (!docs?.length) return;
      const doc = fieldDocForToken(docs, line, col, token.content);
      if (!doc) return;
      // Shiki folds leading spaces into the key's token; keep them outside the marked key.
      const text = token.content;
      const lead = text.length - text.trimStart().length;
      const key: Element = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['doc-key'], 'data-doc': fieldDocId(doc.docKey), 'data-path': doc.path },
        children: [{ type: 'text', value: text.slice(lead) }],
      };
      const children: ElementContent[] = lead ? [{ type: 'text', value: text.slice(0, lead) }, key] : [key];
      span.children = children;
    },
  };
}
