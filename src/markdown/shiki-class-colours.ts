import type { ShikiTransformer } from 'shiki';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { colourClass } from './code-theme.ts';

// What Shiki writes with two themes and `defaultColor: false`.
const TOKEN = /^--shiki-light:(#[0-9a-f]+);--shiki-dark:(#[0-9a-f]+)$/i;
const BLOCK = /^--shiki-light:#[0-9a-f]+;--shiki-dark:#[0-9a-f]+;--shiki-light-bg:#[0-9a-f]+;--shiki-dark-bg:#[0-9a-f]+;overflow-x:auto$/i;

/**
 * Replaces Shiki's per-token `style` attributes with two short classes (one per theme), defined once
 * in the code-colour stylesheet. Pages get lighter, and the CSP can forbid inline styles. Anything
 * else in a `style` attribute stops the build, so a Shiki change cannot quietly drop colours.
 */
export function classColours(): ShikiTransformer {
  return {
    name: 'kube-handbook:class-colours',
    root(root: Root) {
      const visit = (node: Root | RootContent) => {
        if (node.type === 'element') rewrite(node);
        if ('children' in node) node.children.forEach(visit);
        if (node.type === 'element' && hasClass(node, 'line')) mergeTokens(node);
      };
      visit(root);
    },
  };
}

/** Class names of an element: Shiki and Astro write `class` as one string, hast tools `className` as a list. */
const classesOf = (el: Element): string[] =>
  [el.properties.class ?? [], el.properties.className ?? []].flat().flatMap((c) => String(c).split(/\s+/)).filter(Boolean);

function setClasses(el: Element, classes: string[]) {
  delete el.properties.class;
  el.properties.className = classes;
}
const hasClass = (el: Element, name: string) => classesOf(el).includes(name);

/** A plain coloured token: one span, colour classes only, text only. */
function plainToken(node: ElementContent): node is Element {
  return node.type === 'element' && node.tagName === 'span' && Object.keys(node.properties).every((k) => k === 'className')
    && node.children.every((c) => c.type === 'text');
}

/** Joins neighbouring tokens of the same colour (`kubectl get pods -n dev` is mostly one colour). */
function mergeTokens(line: Element) {
  const merged: ElementContent[] = [];
  for (const node of line.children) {
    const last = merged.at(-1);
    if (last && plainToken(last) && plainToken(node) && String(last.properties.className) === String(node.properties.className)) {
      last.children = [{ type: 'text', value: last.children.map((c) => (c as { value: string }).value).join('') + node.children.map((c) => (c as { value: string }).value).join('') }];
    } else merged.push(node);
  }
  line.children = merged;
}

function rewrite(el: Element) {
  // The theme names are only for Shiki's own stylesheet, which this site does not use.
  if (el.tagName === 'pre') setClasses(el, classesOf(el).filter((c) => c === 'astro-code'));
  const style = el.properties.style;
  if (style === undefined) return;
  const text = String(style).replace(/\s+/g, '').replace(/;$/, '');
  delete el.properties.style;
  if (BLOCK.test(text)) return; // The block's colours and scrolling come from the stylesheet.
  const token = TOKEN.exec(text);
  if (!token) throw new Error(`unexpected inline style on highlighted code: ${text}`);
  setClasses(el, [...classesOf(el), colourClass('light', token[1]!), colourClass('dark', token[2]!)]);
}
