/**
 * rehype plugin: keeps identifiers in tables whole. Every table of an answer goes into a region that
 * scrolls sideways (focusable, so it scrolls from the keyboard too), and code in a cell is cut into its
 * space-separated tokens, each kept on one line: a long command wraps at its spaces, while
 * “restartPolicy” or “--to-revision=2” never splits (browsers would otherwise break after a hyphen or slash).
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The text of a code element in a cell, with each run of non-space characters in an unbreakable span. */
function wholeTokens(code: Element): void {
  code.children = code.children.flatMap((child): ElementContent[] => {
    if (child.type !== 'text') return [child];
    return child.value.split(/(\s+)/).filter(Boolean).map((part): ElementContent =>
      /^\s+$/.test(part) ? { type: 'text', value: part } : { type: 'element', tagName: 'span', properties: { className: ['tok'] }, children: [{ type: 'text', value: part }] });
  });
}

export function rehypeTableScroll() {
  return function transformer(tree: Root): void {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      if (parent.type === 'element' && (parent.properties?.className as string[] | undefined)?.includes('table-scroll')) return;
      visit(node, 'element', (cell: Element) => {
        if (cell.tagName !== 'td' && cell.tagName !== 'th') return;
        visit(cell, 'element', (code: Element) => {
          if (code.tagName === 'code' && !code.children.some((c) => c.type === 'element' && (c.properties?.className as string[] | undefined)?.includes('tok'))) wholeTokens(code);
        });
      });
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
