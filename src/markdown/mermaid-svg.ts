/**
 * Renders Mermaid to an inline SVG tree that the site's stylesheet colours.
 *
 * beautiful-mermaid lays the diagram out without a DOM (ELK in plain JavaScript) and measures
 * CJK glyphs as full width. Its SVG, though, carries a `<style>` element that imports a web font,
 * a `style` attribute, colours as `var(--…)` in presentation attributes, and the same marker ids
 * in every diagram. Here each colour becomes a class (see diagrams.css), the style, the data
 * attributes and the font go, ids get a per-diagram prefix, and numbers are rounded: the page's
 * Content-Security-Policy needs no 'unsafe-inline', and the light/dark toggle recolours the
 * diagram through the site's own variables.
 */
import { renderMermaidSVG } from 'beautiful-mermaid';
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Properties } from 'hast';
import { ROOM, addLabelRoom } from './mermaid-label-room.ts';

/** Which colour role each of beautiful-mermaid's variables plays; diagrams.css gives each role a site colour. */
export const COLOUR_ROLES: Record<string, string> = {
  '--_text': 'ink',
  '--fg': 'ink',
  '--_arrow': 'ink',
  '--_text-sec': 'soft',
  '--_text-muted': 'soft',
  '--_line': 'soft',
  '--_node-stroke': 'soft',
  '--_node-fill': 'panel',
  '--_group-hdr': 'band',
  '--_group-fill': 'paper',
  '--bg': 'paper',
  '--_inner-stroke': 'rule',
};

/**
 * Wider than this (in CSS pixels) and a diagram would shrink below 0.75× in the 348px a 390px
 * phone leaves it, past legibility, so it keeps its size there and scrolls instead.
 */
export const PHONE_FIT_WIDTH = 464;

export interface RenderedDiagram {
  svg: Element;
  width: number;
  height: number;
}

const ROUNDED = new Set(['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'dy', 'points', 'd', 'viewBox', 'refX', 'refY']);

/** Attribute values that only restate SVG's initial value. */
const DEFAULTS: Record<string, string> = { rx: '0', ry: '0', strokeWidth: '1', fontWeight: '400' };

/** Rounds every decimal in an attribute value to one place: layout noise, not precision. */
function round(value: string): string {
  return value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

function colourClass(kind: 'f' | 's', value: string, where: string): string | undefined {
  if (value === 'none') return undefined;
  const variable = /^var\((--[\w-]+)\)$/.exec(value)?.[1];
  const role = variable && COLOUR_ROLES[variable];
  if (!role) throw new Error(`${where}: the renderer used the colour "${value}", which has no role in COLOUR_ROLES`);
  return `${kind}-${role}`;
}

function rewrite(node: Element, prefix: string): Element {
  const properties: Record<string, Properties[string]> = {};
  const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
  for (const [key, value] of Object.entries(node.properties)) {
    if (key === 'className' || key === 'style' || key === 'fontFamily' || key.startsWith('data')) continue;
    if (key === 'fill' || key === 'stroke') {
      const cls = colourClass(key === 'fill' ? 'f' : 's', String(value), `<${node.tagName}>`);
      if (cls) classes.push(cls);
      else properties[key] = value;
      continue;
    }
    if (key === 'id') properties.id = `${prefix}-${value}`;
    else if (key === 'markerEnd' || key === 'markerStart') properties[key] = String(value).replace('url(#', `url(#${prefix}-`);
    else if (DEFAULTS[key] === String(value)) continue;
    else properties[key] = typeof value === 'string' && ROUNDED.has(key) ? round(value) : value;
  }
  if (classes.length) properties.className = classes;
  const children: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type === 'element') {
      if (child.tagName !== 'style') children.push(rewrite(child, prefix));
    } else if (child.type === 'text' && (node.tagName === 'text' || node.tagName === 'tspan')) {
      children.push({ type: 'text', value: child.value.replaceAll(ROOM, '') });
    }
  }
  return { type: 'element', tagName: node.tagName, properties, children };
}

/**
 * Keeps only the arrowheads in use, and draws start arrowheads with the end one. beautiful-mermaid's
 * start marker is drawn pointing backwards *and* flipped by `auto-start-reverse`, so it ends up
 * hidden under the node it should point at; the end marker with `auto-start-reverse` points the
 * right way at both ends.
 */
function fixMarkers(svg: Element): Element {
  const used = new Set<string>();
  const visit = (node: Element) => {
    for (const key of ['markerEnd', 'markerStart']) {
      const ref = /^url\(#(.+)\)$/.exec(String(node.properties[key] ?? ''))?.[1];
      if (!ref) continue;
      const end = key === 'markerStart' ? ref.replace(/-start$/, '') : ref;
      node.properties[key] = `url(#${end})`;
      used.add(end);
    }
    for (const child of node.children) if (child.type === 'element') visit(child);
  };
  visit(svg);
  for (const defs of svg.children) {
    if (defs.type !== 'element' || defs.tagName !== 'defs') continue;
    defs.children = defs.children.filter((m) => m.type !== 'element' || m.tagName !== 'marker' || used.has(String(m.properties.id)));
    for (const m of defs.children) if (m.type === 'element') m.properties.orient = 'auto-start-reverse';
  }
  return svg;
}

/**
 * Renders `source` (already checked by checkMermaid) to a themed `<svg>` element. `prefix` makes
 * the diagram's ids unique on the page.
 */
export function renderDiagram(source: string, prefix: string): RenderedDiagram {
  const markup = renderMermaidSVG(addLabelRoom(source), { bg: 'var(--bg)', fg: 'var(--fg)', transparent: true, padding: 8 });
  const root = fromHtml(markup, { fragment: true }).children.find((n): n is Element => n.type === 'element' && n.tagName === 'svg');
  if (!root) throw new Error('the renderer returned no <svg>');
  const svg = fixMarkers(rewrite(root, prefix));
  const [, , width = 0, height = 0] = String(svg.properties.viewBox ?? '').split(/\s+/).map(Number);
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  svg.properties = { ...svg.properties, viewBox: `0 0 ${w} ${h}`, width: String(w), height: String(h) };
  delete svg.properties.xmlns;
  return { svg, width: w, height: h };
}
