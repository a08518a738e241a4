/**
 * validateYamlBlock: everything that can be wrong with one fenced YAML block,
 * located at MDX lines. Order of checks: fence meta → YAML syntax (incl.
 * duplicate keys and tabs) → per document: schema (layer 1) and
 * kubernetes-models (layer 2), unless the block is `not-k8s`.
 */
import type { Document } from 'yaml';
import { isScalar } from 'yaml';
import { parseFenceMeta } from './fence-meta.ts';
import type { FenceMeta } from './fence-meta.ts';
import { resolveFragment } from './fragment.ts';
import type { ResolvedFragment } from './fragment.ts';
import { KIND_KEYS, KUBERNETES_VERSION, kindKey, splitKindKey, supportedKindsText } from './kinds.ts';
import { hasKmModel } from './km-models.ts';
import { kmIssues } from './km-validate.ts';
import { kindLocation } from './schema.ts';
import { schemaIssues } from './schema-validate.ts';
import type { SourceLookup } from './schema-validate.ts';
import { closest } from './suggest.ts';
import type { ManifestIssue, RawIssue, YamlBlock } from './types.ts';
import { formatPath, lineAt, offsetOfPath, parseYaml, pathAtOffset, tabIndentedLines } from './yaml-source.ts';
import type { ParsedYaml, PathSegment } from './yaml-source.ts';

/** Validates one fenced YAML block; returns [] when it is fine. */
export function validateYamlBlock(block: YamlBlock): ManifestIssue[] {
  const { code, file, startLine } = block;
  const meta = parseFenceMeta(block.meta);
  const { fragment, skipSchema, problems } = readMeta(meta);
  // Meta problems belong to the fence line itself, just above the code.
  const issues: ManifestIssue[] = problems.map((message) => ({ file, line: startLine - 1, yamlPath: '', message }));
  const at = (line: number, yamlPath: string, message: string) =>
    issues.push({ file, line: startLine + line - 1, yamlPath, message });

  const parsed = parseYaml(code);
  for (const s of syntaxIssues(parsed)) at(s.line, s.yamlPath, s.message);
  for (const doc of parsed.docs) {
    if (skipSchema || doc.errors.length || isEmptyDocument(doc)) continue;
    const partial = meta.partial === true;
    const raw = fragment ? fragmentIssues(doc, fragment, partial) : manifestIssues(doc, partial);
    for (const issue of raw) at(lineAt(parsed, offsetOfPath(doc, issue.path)), formatPath(issue.path), issue.message);
  }
  return issues.sort((a, b) => a.line - b.line);
}

/** What the fence meta asks for, and what is wrong with it. */
function readMeta(meta: FenceMeta): { fragment?: ResolvedFragment; skipSchema: boolean; problems: string[] } {
  const problems: string[] = [];
  if (meta.notK8s === '') problems.push('not-k8s needs a reason, e.g. not-k8s="Helm values"');
  if (meta.fragment !== undefined && meta.notK8s !== undefined) {
    problems.push('use either fragment="…" or not-k8s="…", not both');
    return { skipSchema: true, problems };
  }
  if (meta.fragment === undefined) return { skipSchema: meta.notK8s !== undefined, problems };
  const resolved = resolveFragment(meta.fragment);
  if ('error' in resolved) return { skipSchema: true, problems: [...problems, resolved.error] };
  return { fragment: resolved, skipSchema: false, problems };
}

/** Tabs in indentation, YAML syntax errors and duplicate keys, with block-relative lines. */
function syntaxIssues(parsed: ParsedYaml): Array<{ line: number; yamlPath: string; message: string }> {
  const out: Array<{ line: number; yamlPath: string; message: string }> = [];
  const tabLines = tabIndentedLines(parsed);
  const lines = parsed.code.split('\n');
  for (const line of tabLines) {
    const offset = parsed.lineCounter.lineStarts[line - 1] + /^[ \t]*/.exec(lines[line - 1])![0].length;
    const doc = parsed.docs.findLast((d) => d.range[0] <= offset);
    // Only trust the YAML path if the parser made sense of the document.
    const yamlPath = doc && doc.errors.length === 0 ? formatPath(pathAtOffset(doc, offset)) : '';
    out.push({ line, yamlPath, message: 'tab character in indentation (YAML allows only spaces)' });
  }
  for (const doc of parsed.docs) {
    const [first, last] = [lineAt(parsed, doc.range[0]), lineAt(parsed, doc.range[2])];
    const firstTab = Math.min(...tabLines.filter((l) => l >= first && l <= last));
    for (const err of [...doc.errors, ...doc.warnings]) {
      const line = lineAt(parsed, err.pos[0]);
      // Errors after a tab in the same document are almost always its echo;
      // the tab issue says it better.
      if (line >= firstTab) continue;
      out.push({ line, yamlPath: formatPath(pathAtOffset(doc, err.pos[0])), message: yamlErrorMessage(err, parsed.code) });
    }
  }
  return out;
}

/** A document with no content, e.g. after a trailing `---`. */
function isEmptyDocument(doc: Document.Parsed): boolean {
  return doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && !doc.contents.source);
}

function yamlErrorMessage(err: { code: string; message: string; pos: [number, number] }, code: string): string {
  if (err.code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(code.slice(err.pos[0]))![0].trim().replace(/^(["'])(.*)\1$/, '$2');
    return `duplicate key ${JSON.stringify(key)} (YAML map keys must be unique)`;
  }
  // yaml's messages sometimes append "at line X, column Y"; we report lines ourselves.
  return `YAML syntax error: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`;
}

function sourceLookup(doc: Document.Parsed): SourceLookup {
  return (path: readonly PathSegment[]) => {
    const node = doc.getIn(path, true);
    return isScalar(node) && node.source !== undefined ? String(node.source) : undefined;
  };
}

function bothLayers(key: string, pointer: string, steps: ResolvedFragment['steps'], data: unknown, doc: Document.Parsed, partial: boolean): RawIssue[] {
  const issues = schemaIssues(pointer, data, sourceLookup(doc));
  // Layer 2 only adds issues at paths layer 1 did not already explain.
  const seen = new Set(issues.map((i) => formatPath(i.path)));
  if (hasKmModel(key)) {
    for (const issue of kmIssues(key, steps, data)) {
      if (!seen.has(formatPath(issue.path))) issues.push(issue);
    }
  }
  return partial ? issues.filter((i) => i.keyword !== 'required') : issues;
}

function fragmentIssues(doc: Document.Parsed, fragment: ResolvedFragment, partial: boolean): RawIssue[] {
  let data = doc.toJS();
  // A root fragment ("apps/v1/Deployment" with no path) is a manifest whose
  // apiVersion/kind were left out; supply them so they are not "missing".
  if (fragment.steps.length === 0 && data && typeof data === 'object' && !Array.isArray(data)) {
    const { apiVersion, kind } = splitKindKey(fragment.kindKey);
    data = { apiVersion, kind, ...data };
  }
  return bothLayers(fragment.kindKey, fragment.location.pointer, fragment.steps, data, doc, partial);
}

function manifestIssues(doc: Document.Parsed, partial: boolean): RawIssue[] {
  const data = doc.toJS();
  const hint = 'declare fragment="<apiVersion>/<Kind>#<path>" for a snippet, or not-k8s="<reason>" for other YAML';
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return [{ path: [], keyword: 'manifest', message: `not a Kubernetes manifest (expected a mapping with apiVersion and kind); ${hint}` }];
  }
  const { apiVersion, kind } = data as Record<string, unknown>;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    const missing = [typeof apiVersion !== 'string' && 'apiVersion', typeof kind !== 'string' && 'kind'].filter(Boolean);
    return [{ path: [], keyword: 'manifest', message: `missing ${missing.map((m) => `"${m}"`).join(' and ')}; ${hint}` }];
  }
  const key = kindKey(apiVersion, kind);
  const location = kindLocation(key);
  if (!location) return [unsupportedKind(apiVersion, kind)];
  return bothLayers(key, location.pointer, [], data, doc, partial);
}

function unsupportedKind(apiVersion: string, kind: string): RawIssue {
  const supported = `supported kinds: ${supportedKindsText()}; use not-k8s="<reason>" for other resources (CRDs, …)`;
  const sameKind = KIND_KEYS.find((k) => splitKindKey(k).kind === kind);
  if (sameKind) {
    const right = splitKindKey(sameKind).apiVersion;
    return { path: ['apiVersion'], keyword: 'kind', message: `${kind} is not served as "${apiVersion}" in Kubernetes ${KUBERNETES_VERSION} (did you mean "${right}"?)` };
  }
  const guessKind = closest(kind, KIND_KEYS.map((k) => splitKindKey(k).kind));
  const guess = KIND_KEYS.find((k) => splitKindKey(k).kind === guessKind);
  const suggestion = guess ? ` (did you mean "${guess}"?)` : '';
  return { path: ['kind'], keyword: 'kind', message: `unsupported kind "${kindKey(apiVersion, kind)}"${suggestion}; ${supported}` };
}
