/**
 * rehype plugin: puts every table of an answer in a region that scrolls sideways, so identifiers and
 * commands in cells keep their shape (“restartPolicy”, “--to-revision=2”) instead of breaking
 * mid-token. The region takes keyboard focus, so it can be scrolled without a mouse.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeTableScroll() {
  return function transformer(tree: Root): void {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      if (parent.type === 'element' && (parent.properties?.className as string[] | undefined)?.includes('table-scroll')) return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: '表格，可横向滚动' },
        children: [node],
      };
      parent.children[index] = wrapper;
    });
  };
}
