/** Rendering issues for humans (build output). */
import type { ManifestIssue } from './types.ts';

/** `content/a.mdx:31 spec.containers[0].images: unknown field (did you mean "image"?)`; without a path: `content/a.mdx:31: message`. */
export function formatIssue(issue: ManifestIssue): string {
  return issue.yamlPath
    ? `${issue.file}:${issue.line} ${issue.yamlPath}: ${issue.message}`
    : `${issue.file}:${issue.line}: ${issue.message}`;
}

/** One line per issue, sorted by file and line, under a one-line summary. */
export function formatIssues(issues: readonly ManifestIssue[]): string {
  const sorted = [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const files = new Set(sorted.map((i) => i.file)).size;
  const head = `Kubernetes YAML validation failed: ${issues.length} issue${issues.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
  return [head, ...sorted.map((i) => `  ${formatIssue(i)}`)].join('\n');
}
