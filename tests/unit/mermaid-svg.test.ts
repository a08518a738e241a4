// The SVG a diagram becomes: coloured only through classes that diagrams.css defines, with no
// inline style, no web font, ids unique to the diagram, and room in its boxes for wide fonts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';
import { renderDiagram, COLOUR_ROLES } from '../../src/markdown/mermaid-svg.ts';
import { addLabelRoom, ROOM } from '../../src/markdown/mermaid-label-room.ts';

const css = readFileSync(path.resolve(import.meta.dirname, '../../src/markdown/diagrams.css'), 'utf8');

/** One of each shape, edge style, pseudo-state, note and block the renderer draws. */
const SAMPLES = {
  flowchart: `flowchart TD
  subgraph cp [控制平面]
    a[矩形] --> b(圆角)
    b -.->|虚线| c{菱形}
  end
  c ==> d([体育场]) <--> e[(数据库)]
  e --- f((圆)) --> g[[子程序]] --> h{{六边形}} --> i>旗帜] --> j[/梯形\\] --> k[\\倒梯形/] --> l(((双圆)))`,
  state: `stateDiagram-v2
  [*] --> A: 开始
  state B {
    [*] --> C
  }
  A --> B
  B --> [*]`,
  sequence: `sequenceDiagram
  participant A as 甲
  actor B as 乙
  A->>B: 实线
  B-->>A: 虚线
  Note over A,B: 说明
  loop 循环
    A-)B: 开放箭头
  end
  alt 条件
    A-xB: 叉
  else 否则
    B->>B: 自己
  end`,
};

function elements(node: Element): Element[] {
  return [node, ...node.children.flatMap((c) => (c.type === 'element' ? elements(c) : []))];
}

const rendered = Object.entries(SAMPLES).map(([kind, source]) => ({ kind, ...renderDiagram(source, `dg-${kind}`) }));

test('no inline style, <style> element, web font, data attribute or namespace survives', () => {
  for (const { kind, svg } of rendered) {
    const html = toHtml(svg);
    assert.doesNotMatch(html, /<style|\sstyle=|@import|fonts\.googleapis|\sdata-|xmlns|font-family/, kind);
    assert.doesNotMatch(html, /var\(--/, `${kind}: colours are classes, not variables in attributes`);
  }
});

test('every colour class the renderer produces has a rule in diagrams.css', () => {
  const used = new Set(rendered.flatMap(({ svg }) => elements(svg).flatMap((e) => (e.properties.className as string[] | undefined) ?? [])).filter((c) => /^[fs]-/.test(c)));
  assert.ok(used.size >= 6, `expected the samples to use several colour roles, got ${[...used]}`);
  for (const cls of used) {
    const property = cls.startsWith('f-') ? 'fill' : 'stroke';
    assert.match(css, new RegExp(`\\.diagram \\.${cls} \\{ ${property}: var\\(--[a-z-]+\\); \\}`), `diagrams.css has no rule for .${cls}`);
  }
  for (const role of new Set(Object.values(COLOUR_ROLES))) {
    assert.ok(used.has(`f-${role}`) || used.has(`s-${role}`), `the samples never use the role "${role}"`);
  }
});

test('a colour the palette does not know stops the render instead of drawing it black', () => {
  assert.throws(() => renderDiagram('flowchart TD\n  a[A] --> b[B]\n  style a fill:#ff0000', 'dg-x'), /the renderer used the colour "#ff0000"/);
});

test('ids carry the diagram prefix, every marker reference resolves, and start arrows use the end marker', () => {
  for (const { kind, svg } of rendered) {
    const all = elements(svg);
    const ids = all.map((e) => e.properties.id).filter((id): id is string => typeof id === 'string');
    for (const id of ids) assert.ok(id.startsWith(`dg-${kind}-`), `${kind}: id "${id}" lacks the prefix`);
    for (const e of all) {
      for (const key of ['markerEnd', 'markerStart']) {
        const ref = /^url\(#(.+)\)$/.exec(String(e.properties[key] ?? ''))?.[1];
        if (ref) assert.ok(ids.includes(ref), `${kind}: ${key} points at missing #${ref}`);
      }
    }
    for (const marker of all.filter((e) => e.tagName === 'marker')) assert.equal(marker.properties.orient, 'auto-start-reverse');
  }
  const flow = elements(rendered[0]!.svg);
  const both = flow.find((e) => e.properties.markerStart);
  assert.ok(both, 'the <--> edge has a start arrow');
  assert.equal(both!.properties.markerStart, both!.properties.markerEnd);
});

test('the svg has whole-pixel width, height and viewBox, and rounded coordinates', () => {
  for (const { svg, width, height } of rendered) {
    assert.equal(svg.properties.viewBox, `0 0 ${width} ${height}`);
    assert.equal(svg.properties.width, String(width));
    assert.doesNotMatch(toHtml(svg), /\s(?:x|y|x1|y1|x2|y2|cx|cy|r|rx|ry|width|height|points|dy)="[^"]*\d\.\d{2,}/);
  }
});

test('edge labels get room for wide fonts; node labels and ids are left alone', () => {
  assert.equal(addLabelRoom('flowchart TD\n  a[kube-apiserver] -->|watch Service| b[B]'), `flowchart TD\na[kube-apiserver] -->|watch Service${ROOM.repeat(2)}| b[B]`);
  assert.equal(addLabelRoom('flowchart TD\n  a[A] -- 只有中文 --> b[B]'), 'flowchart TD\na[A] -- 只有中文 --> b[B]');
  assert.equal(addLabelRoom('sequenceDiagram\n  participant A as API server\n  A->>A: GET /api'), `sequenceDiagram\nparticipant A as API server${ROOM.repeat(2)}\nA->>A: GET /api${ROOM.repeat(2)}`);
  assert.equal(addLabelRoom('stateDiagram-v2\n  A --> B: Running OK'), `stateDiagram-v2\nA --> B: Running OK${ROOM.repeat(2)}`);
  // The room widens the label's box and never reaches the page.
  const { svg } = renderDiagram('flowchart LR\n  a[A] -->|watch EndpointSlice| b[B]', 'dg-room');
  const label = elements(svg).find((e) => (e.properties.className as string[] | undefined)?.includes('edge-label'))!;
  const [rect, text] = label.children.filter((c): c is Element => c.type === 'element');
  assert.ok(!toHtml(svg).includes(ROOM));
  assert.ok(Number(rect!.properties.width) > 'watch EndpointSlice'.length * 11 * 0.54 * 1.15, `the label box is ${rect!.properties.width} wide`);
  assert.equal((text!.children[0] as { value: string }).value, 'watch EndpointSlice');
});

test('a parse of the rendered markup finds one <svg> root', () => {
  const { svg } = rendered[0]!;
  const root: Root = { type: 'root', children: [svg] };
  assert.match(toHtml(root), /^<svg viewBox="0 0 \d+ \d+" width="\d+" height="\d+">/);
});
