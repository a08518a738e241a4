/**
 * remark plugin: turns each ```mermaid fence into a figure with an inline SVG, at build time.
 *
 *     ```mermaid title="Pod 创建流程"
 *     sequenceDiagram
 *       ...
 *     ```
 *
 *     1. kubectl 把 Deployment 提交给 kube-apiserver……
 *
 * The fence needs a title (the caption and the image's accessible name) and must be followed by a
 * list that says the same thing in words: that list moves into the figure and is what screen
 * readers, search and readers without CSS get. A diagram that cannot be read stops the build at
 * its file and line. The topic page, the one place answers are rendered, links diagrams.css.
 */
import path from 'node:path';
import type { Element } from 'hast';
import { parseFenceMeta } from '../k8s/fence-meta.ts';
import { ContentError, type ContentProblem } from '../handbook/problems.ts';
import { checkMermaid } from './mermaid-check.ts';
import { PHONE_FIT_WIDTH, renderDiagram } from './mermaid-svg.ts';

interface MdastNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: MdastNode[];
  data?: object;
}

interface VFileLike {
  path?: string;
  history?: string[];
}

/** The figure for one diagram: caption, scrollable canvas with the SVG, and the author's description list. */
function figure(svg: Element, width: number, title: string, description: MdastNode, id: string): MdastNode {
  const captionId = `${id}-title`;
  const descId = `${id}-desc`;
  Object.assign(svg.properties, { role: 'img', ariaLabelledBy: captionId, ariaDetails: descId });
  // A diagram too wide to shrink legibly onto a phone scrolls there; a scrolling box must take keyboard focus.
  const wide = width > PHONE_FIT_WIDTH;
  const canvas: Record<string, unknown> = wide
    ? { className: ['diagram-canvas', 'diagram-wide'], tabIndex: 0, role: 'group', ariaLabelledBy: captionId, dataPagefindIgnore: '' }
    : { className: ['diagram-canvas'], dataPagefindIgnore: '' };
  description.data = { ...description.data, hProperties: { id: descId, className: ['diagram-desc'] } };
  const part = (hName: string, hProperties: object, hChildren: unknown[]): MdastNode => ({ type: 'diagramPart', data: { hName, hProperties, hChildren } });
  // On a phone, say that the cut-off picture scrolls; screen readers have the list instead.
  const hint = wide ? [part('p', { className: ['diagram-hint'], ariaHidden: 'true', dataPagefindIgnore: '' }, [{ type: 'text', value: '图较宽，可左右滑动查看' }])] : [];
  return {
    type: 'diagramFigure',
    data: { hName: 'figure', hProperties: { className: ['diagram'] } },
    children: [
      part('figcaption', { id: captionId }, [{ type: 'text', value: title }]),
      ...hint,
      part('div', canvas, [svg]),
      description,
    ],
  };
}

/** The id prefix of a file's diagrams: its name keeps them apart from other answers' on the same topic page. */
function slugOf(file: string): string {
  const name = path.basename(file).replace(/\.mdx?$/, '');
  return file.startsWith('content/topics/') ? `topic-${name}` : name;
}

/**
 * Replaces every mermaid fence in `tree` with its figure, and returns the problems found, at the
 * lines of `file` (root-relative).
 */
export function renderDiagramsIn(tree: MdastNode, file: string): { problems: ContentProblem[]; count: number } {
  const slug = slugOf(file);
  const problems: ContentProblem[] = [];
  let count = 0;
  const visit = (parent: MdastNode) => {
    const kids = parent.children ?? [];
    for (let i = 0; i < kids.length; i++) {
      const node = kids[i]!;
      if (node.type !== 'code' || node.lang?.toLowerCase() !== 'mermaid') {
        visit(node);
        continue;
      }
      const line = node.position?.start.line ?? 1;
      const title = parseFenceMeta(node.meta).title?.trim();
      const next = kids[i + 1];
      const before = problems.length;
      if (!title) problems.push({ file, line, message: 'a diagram needs a title', hint: 'write ```mermaid title="…"; it becomes the caption and the image\'s name for screen readers' });
      if (next?.type !== 'list') problems.push({ file, line, message: 'a diagram needs a list right after it that describes it in words', hint: 'follow the fence with the steps (1. 2. 3.) or items (- …) the diagram shows' });
      for (const issue of checkMermaid(node.value ?? '')) {
        problems.push({ file, line: line + issue.line, message: `diagram: ${issue.message}`, ...(issue.hint ? { hint: issue.hint } : {}) });
      }
      if (problems.length > before) continue;
      count++;
      const id = `dg-${slug}-${count}`;
      try {
        const { svg, width } = renderDiagram(node.value ?? '', id);
        kids.splice(i, 2, figure(svg, width, title!, next!, id));
      } catch (err) {
        problems.push({ file, line, message: `diagram: ${(err as Error).message}` });
      }
    }
  };
  visit(tree);
  return { problems, count };
}

export function remarkDiagrams(options: { root?: string } = {}) {
  const root = path.resolve(options.root ?? process.cwd());
  return function transformer(tree: MdastNode, vfile: VFileLike): void {
    const abs = vfile.path ?? vfile.history?.at(-1) ?? 'unknown.mdx';
    const file = path.relative(root, path.resolve(root, abs)).split(path.sep).join('/');
    const { problems } = renderDiagramsIn(tree, file);
    if (problems.length) throw new ContentError('diagrams that cannot be drawn', problems, root);
  };
}
