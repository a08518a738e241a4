import type { ShikiTransformer } from 'shiki';
import type { Element, ElementContent } from 'hast';
import { fieldDocsForBlock, fieldDocForToken, fieldDocId, type FieldDoc } from '../k8s/index.ts';
import { linkKeys } from '../field-docs/key-paths.ts';
import { FIELD_DOC_ID_PREFIX } from '../field-docs/ids.ts';

/**
 * Makes the key's token span the key itself: `<span class="l… d… doc-key" data-doc>` instead of a
 * key span nested in a token span; leading spaces move out in front as plain text.
 */
function foldIntoToken(root: Element, key: Element) {
  const token = parentOf(root, key);
  const line = token && parentOf(root, token);
  if (!token || !line) return;
  const at = line.children.indexOf(token);
  const lead = token.children.filter((c) => c !== key);
  if (lead.some((c) => c.type !== 'text')) return;
  token.properties = { ...token.properties, ...key.properties, className: ['doc-key'] };
  token.children = key.children;
  line.children.splice(at, 0, ...lead);
}

function parentOf(root: Element, child: Element): Element | undefined {
  for (const node of root.children) {
    if (node.type !== 'element') continue;
    if (node.children.includes(child)) return node;
    const found = parentOf(node, child);
    if (found) return found;
  }
  return undefined;
}

/** The marked keys under a node, in document order. */
function markedKeys(node: Element): Element[] {
  const out: Element[] = [];
  const visit = (n: ElementContent) => {
    if (n.type !== 'element') return;
    if ([n.properties.className ?? []].flat().includes('doc-key')) out.push(n);
    n.children.forEach(visit);
  };
  node.children.forEach(visit);
  return out;
}

const DOCS = Symbol('k8sFieldDocs');

/**
 * Marks each YAML key that maps into the Kubernetes schema with the id of its field description.
 * The descriptions themselves are served once per topic (src/pages/field-docs/[topic].json.ts), not per key.
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
      if (!docs?.length) return;
      pre.properties['data-field-docs'] = '';
      // Replace each key's full path with a link to its parent key (src/field-docs/key-paths.ts).
      const keys = markedKeys(pre);
      const { root, links } = linkKeys(keys.map((k) => String(k.properties['data-path'])));
      pre.properties['data-doc-root'] = root;
      keys.forEach((key, i) => {
        delete key.properties['data-path'];
        const { up, via, root: own } = links[i]!;
        if (up !== undefined) key.properties['data-up'] = String(up);
        if (via) key.properties['data-via'] = via;
        if (own !== undefined) key.properties['data-root'] = own;
        foldIntoToken(pre, key);
      });
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
        // data-doc names the description without the id prefix the page store adds (FIELD_DOC_ID_PREFIX).
        properties: { className: ['doc-key'], 'data-doc': fieldDocId(doc.docKey).slice(FIELD_DOC_ID_PREFIX.length), 'data-path': doc.path },
        children: [{ type: 'text', value: text.slice(lead) }],
      };
      const children: ElementContent[] = lead ? [{ type: 'text', value: text.slice(0, lead) }, key] : [key];
      span.children = children;
    },
  };
}
