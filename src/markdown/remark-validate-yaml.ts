/**
 * remark plugin: validates every ```yaml / ```yml block of MDX files under
 * content/ and throws ONE error listing all issues of the file, so
 * `astro build` stops and names file:line for each problem.
 * Free of unified imports: it only needs mdast's shape.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { formatIssues } from '../k8s/format.ts';
import type { ManifestIssue } from '../k8s/types.ts';
import { validateYamlBlock } from '../k8s/validate-block.ts';
import { ContentError, type ContentProblem } from '../handbook/problems.ts';

/** Options of remarkValidateYaml. */
export interface RemarkValidateYamlOptions {
  /** Project root that issue paths are relative to. Default: `process.cwd()`. */
  root?: string;
  /** Which files to check, by root-relative POSIX path. Default: paths under `content/`. */
  include?: (relativePath: string) => boolean;
}

interface MdastNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: MdastNode[];
}

interface VFileLike {
  path?: string;
  history?: string[];
  cwd?: string;
}

/** Error thrown by the plugin: a ContentError located at the first issue; `issues` holds the structured list. */
export class ManifestValidationError extends ContentError {
  issues: ManifestIssue[];
  constructor(issues: ManifestIssue[], root?: string) {
    super(summary(issues), issues.map(toProblem), root);
    this.name = 'ManifestValidationError';
    this.issues = issues;
  }
}

function toProblem(issue: ManifestIssue): ContentProblem {
  return { file: issue.file, line: issue.line, message: issue.yamlPath ? `${issue.yamlPath}: ${issue.message}` : issue.message };
}

/** The first line of formatIssues: "Kubernetes YAML validation failed: N issues in M files". */
function summary(issues: readonly ManifestIssue[]): string {
  return formatIssues(issues).split('\n')[0]!;
}

function codeNodes(node: MdastNode, out: MdastNode[] = []): MdastNode[] {
  if (node.type === 'code') out.push(node);
  // Plain recursion covers code inside lists, blockquotes and MDX JSX elements.
  for (const child of node.children ?? []) codeNodes(child, out);
  return out;
}

/** Root-relative POSIX path of the file, or undefined if the file has no path. */
function relativePath(file: VFileLike, root: string): string | undefined {
  const p = file.path ?? file.history?.at(-1);
  if (!p) return undefined;
  const abs = isAbsolute(p) ? p : resolve(file.cwd ?? root, p);
  return relative(root, abs).split(sep).join('/');
}

/** The remark plugin (attacher). Use: `remarkPlugins: [remarkValidateYaml]` or `[[remarkValidateYaml, { root }]]`. */
export function remarkValidateYaml(options: RemarkValidateYamlOptions = {}) {
  const root = resolve(options.root ?? process.cwd());
  const include = options.include ?? ((p: string) => p.startsWith('content/'));
  return function transformer(tree: MdastNode, file: VFileLike): void {
    const path = relativePath(file, root);
    if (!path || !include(path)) return;
    const issues: ManifestIssue[] = [];
    for (const node of codeNodes(tree)) {
      const lang = node.lang?.toLowerCase();
      if ((lang !== 'yaml' && lang !== 'yml') || !node.position) continue;
      issues.push(...validateYamlBlock({
        code: node.value ?? '',
        meta: node.meta,
        file: path,
        startLine: node.position.start.line + 1,
      }));
    }
    if (issues.length) throw new ManifestValidationError(issues, root);
  };
}

export default remarkValidateYaml;
