/**
 * remark plugin: checks every internal link in an answer (Markdown links, link definitions and
 * JSX `<a href>`) against what content/ will build, and stops the build with the file, the line
 * and a suggestion, before any page is rendered. The check on dist/ stays as a backstop.
 */
import path from 'node:path';
import { readContentIndex } from '../links/content-index.ts';
import { checkSourceLink } from '../links/source-links.ts';
import { ContentError, type ContentProblem } from '../handbook/problems.ts';

interface MdastNode {
  type: string;
  url?: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number } };
  children?: MdastNode[];
}

interface VFileLike {
  path?: string;
  history?: string[];
}

function hrefOf(node: MdastNode): string | undefined {
  if (node.type === 'link' || node.type === 'definition') return node.url;
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
    const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href');
    return typeof attr?.value === 'string' ? attr.value : undefined;
  }
  return undefined;
}

/** Every internal-link problem in one parsed MDX file, at file lines. */
export function linkProblemsIn(tree: MdastNode, file: string, root: string): ContentProblem[] {
  const index = readContentIndex(root);
  const topic = /^content\/questions\/([^/]+)\//.exec(file)?.[1];
  const problems: ContentProblem[] = [];
  const visit = (node: MdastNode) => {
    const href = hrefOf(node);
    if (href !== undefined) {
      const verdict = checkSourceLink(href, index, topic);
      if (verdict) problems.push({ file, line: node.position?.start.line ?? 1, ...verdict });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}

export function remarkCheckLinks(options: { root?: string } = {}) {
  const root = path.resolve(options.root ?? process.cwd());
  return function transformer(tree: MdastNode, vfile: VFileLike): void {
    const abs = vfile.path ?? vfile.history?.at(-1);
    if (!abs) return;
    const file = path.relative(root, path.resolve(root, abs)).split(path.sep).join('/');
    if (!file.startsWith('content/')) return;
    const problems = linkProblemsIn(tree, file, root);
    if (problems.length) throw new ContentError('broken internal links', problems, root);
  };
}
