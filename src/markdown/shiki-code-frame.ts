import type { ShikiTransformer } from 'shiki';
import type { Element } from 'hast';
import { parseFenceMeta } from '../k8s/fence-meta.ts';

/**
 * Wraps every highlighted block in a <figure> with its title (from `title="…"` in the fence meta)
 * and a copy button. The button is `js-only`: CSS shows it from the first paint once scripts can run
 * (so the block does not move when they do) and never without JavaScript, so no dead button is shown. The header stays out of the search index: its words describe the
 * block, not the answer.
 */
export function codeFrame(): ShikiTransformer {
  return {
    name: 'kube-handbook:code-frame',
    root(root) {
      const pre = root.children.find((n): n is Element => n.type === 'element' && n.tagName === 'pre');
      if (!pre) return;
      const title = parseFenceMeta(this.options.meta?.__raw).title;
      const lang = this.options.lang;
      pre.properties.tabindex = '0';
      const documented = pre.properties['data-field-docs'] !== undefined;
      const hint: Element[] = documented
        ? [{ type: 'element', tagName: 'span', properties: { className: ['doc-hint'] }, children: [{ type: 'text', value: '字段可查看官方说明：悬停、点按，或聚焦后按 ↓' }] }]
        : [];
      const header: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['code-head'], 'data-pagefind-ignore': '' },
        children: [
          { type: 'element', tagName: 'span', properties: { className: ['code-title'] }, children: [{ type: 'text', value: title ?? lang.toUpperCase() }] },
          ...hint,
          {
            type: 'element',
            tagName: 'button',
            properties: { type: 'button', className: ['copy-code', 'js-only'], 'aria-label': title ? `复制 ${title}` : '复制代码' },
            children: [{ type: 'text', value: '复制' }],
          },
        ],
      };
      root.children = [
        {
          type: 'element',
          tagName: 'figure',
          properties: { className: ['code-frame'], 'data-lang': lang },
          children: [header, pre],
        },
      ];
    },
  };
}
