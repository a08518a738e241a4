// The remark plugin: a mermaid fence and the list after it become one figure (caption, SVG with
// role="img" and a name, the list as its description); anything missing or unreadable is a
// problem at the .mdx line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Element } from 'hast';
import { remarkDiagrams, renderDiagramsIn } from '../../src/markdown/remark-diagrams.ts';
import { ContentError } from '../../src/handbook/problems.ts';

const FILE = 'content/questions/pod/pod-phases.mdx';

interface Node { type: string; children?: Node[]; data?: { hName?: string; hProperties?: Record<string, unknown>; hChildren?: Element[] } }

function parse(mdx: string): Node {
  return unified().use(remarkParse).use(remarkMdx).parse(mdx) as Node;
}

const narrow = '```mermaid title="阶段"\nstateDiagram-v2\n  [*] --> Pending\n  Pending --> Running\n```\n\n- Pending 之后是 Running。\n- 然后结束。\n';
const wide = '```mermaid title="很宽的图"\nflowchart LR\n  a[第一个步骤] --> b[第二个步骤] --> c[第三个步骤] --> d[第四个步骤]\n```\n\n1. 一\n2. 二\n';

test('a fence and the list after it become one figure: caption, named image, description', () => {
  const tree = parse(`正文。\n\n${narrow}\n后文。\n`);
  const { problems, count } = renderDiagramsIn(tree, FILE);
  assert.deepEqual(problems, []);
  assert.equal(count, 1);
  const kinds = tree.children!.map((n) => n.type);
  assert.deepEqual(kinds, ['paragraph', 'diagramFigure', 'paragraph'], 'the fence and its list are replaced by one figure');
  const [caption, canvas, description] = tree.children![1]!.children!;
  assert.equal(tree.children![1]!.data!.hName, 'figure');
  assert.equal(caption!.data!.hName, 'figcaption');
  assert.deepEqual(caption!.data!.hProperties, { id: 'dg-pod-phases-1-title' });
  assert.equal(description!.type, 'list');
  assert.deepEqual(description!.data!.hProperties, { id: 'dg-pod-phases-1-desc', className: ['diagram-desc'] });
  const svg = canvas!.data!.hChildren![0]!;
  assert.equal(svg.tagName, 'svg');
  assert.equal(svg.properties.role, 'img');
  assert.equal(svg.properties.ariaLabelledBy, 'dg-pod-phases-1-title');
  assert.equal(svg.properties.ariaDetails, 'dg-pod-phases-1-desc');
  assert.deepEqual(canvas!.data!.hProperties, { className: ['diagram-canvas'], dataPagefindIgnore: '' }, 'a diagram that fits a phone neither scrolls nor takes focus');
});

test('a diagram too wide for a phone scrolls there: focusable, named, with a visible hint', () => {
  const tree = parse(wide);
  renderDiagramsIn(tree, FILE);
  const parts = tree.children![0]!.children!;
  assert.deepEqual(parts.map((p) => p.data?.hName ?? p.type), ['figcaption', 'p', 'div', 'list']);
  assert.deepEqual(parts[2]!.data!.hProperties, { className: ['diagram-canvas', 'diagram-wide'], tabIndex: 0, role: 'group', ariaLabelledBy: 'dg-pod-phases-1-title', dataPagefindIgnore: '' });
  assert.equal(parts[1]!.data!.hProperties!.ariaHidden, 'true');
});

test('ids stay unique: numbered within a file, prefixed apart for topic intros', () => {
  const tree = parse(`${narrow}\n${wide}`);
  renderDiagramsIn(tree, FILE);
  const ids = tree.children!.map((f) => f.children![0]!.data!.hProperties!.id);
  assert.deepEqual(ids, ['dg-pod-phases-1-title', 'dg-pod-phases-2-title']);
  const intro = parse(narrow);
  renderDiagramsIn(intro, 'content/topics/pod.mdx');
  assert.equal(intro.children![0]!.children![0]!.data!.hProperties!.id, 'dg-topic-pod-1-title');
});

test('a diagram without a title or without a description list is refused at the fence line', () => {
  const tree = parse('前言\n\n```mermaid\nflowchart TD\n  a[A] --> b[B]\n```\n\n一段话，不是列表。\n');
  assert.deepEqual(renderDiagramsIn(tree, FILE).problems.map((p) => `${p.line} ${p.message}`), [
    '3 a diagram needs a title',
    '3 a diagram needs a list right after it that describes it in words',
  ]);
  assert.equal(tree.children![1]!.type, 'code', 'a refused fence is left alone');
});

test('a syntax error names the file line of the bad statement, in every diagram of the file', () => {
  const mdx = `${narrow}\n\`\`\`mermaid title="坏的"\nflowchart TD\n  a[A] --> b[B]\n  b -> c\n\`\`\`\n\n- 说明\n\n${narrow.replace('Pending --> Running', 'Pending -> Running')}`;
  const { problems } = renderDiagramsIn(parse(mdx), FILE);
  const lines = mdx.split('\n');
  assert.deepEqual(problems.map((p) => p.line), [lines.indexOf('  b -> c') + 1, lines.indexOf('  Pending -> Running') + 1]);
  assert.match(problems[0]!.message, /^diagram: cannot read "-> c" in "b -> c"$/);
});

test('the plugin stops the build with a ContentError at the file and line', () => {
  const tree = parse('```mermaid title="x"\nsequenceDiagram\n  A->>B: 你好\n```\n\n- 说明\n');
  const run = remarkDiagrams({ root: '/site' });
  assert.throws(() => run(tree as never, { path: `/site/${FILE}` }), (err: unknown) => {
    assert.ok(err instanceof ContentError);
    assert.deepEqual(err.loc, { file: `/site/${FILE}`, line: 3, column: 1 });
    assert.match(err.message, /content\/questions\/pod\/pod-phases\.mdx:3 diagram: participant "A" is not declared/);
    return true;
  });
});
