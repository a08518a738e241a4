/**
 * YAML parsing with positions: multi-document parse, offset → line, the YAML
 * node behind an instance path, and the explicit tab-indentation check.
 */
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';

/** One instance-path segment: a map key or a list index. */
export type PathSegment = string | number;

/** A parsed block: its documents plus a line counter for offsets. */
export interface ParsedYaml {
  code: string;
  docs: Document.Parsed[];
  lineCounter: LineCounter;
}

/**
 * Parses all documents of a block the way kubectl reads them: YAML 1.1
 * (`yes` is a boolean, `0644` is octal), but without 1.1's sexagesimal
 * numbers and timestamps, which Kubernetes' go-yaml does not resolve either.
 */
export function parseYaml(code: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(code, {
    lineCounter,
    version: '1.1',
    prettyErrors: false,
    uniqueKeys: true,
    customTags: (tags) => tags.filter((t) => typeof t === 'string' || (t.format !== 'TIME' && t.tag !== 'tag:yaml.org,2002:timestamp')),
  });
  return { code, docs: [...docs], lineCounter };
}

/** 1-based line within the block of a character offset. */
export function lineAt(parsed: ParsedYaml, offset: number): number {
  return parsed.lineCounter.linePos(offset).line;
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function unalias(doc: Document.Parsed, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

/**
 * Start offset of the YAML text that best represents `path`: the key of a map
 * entry, the start of a list item, or the deepest ancestor that exists (e.g.
 * when the value came from a `<<` merge).
 */
export function offsetOfPath(doc: Document.Parsed, path: readonly PathSegment[]): number {
  let node = unalias(doc, doc.contents);
  let offset = (doc.contents as YamlNode | null)?.range?.[0] ?? 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === String(seg));
      if (!pair) break;
      offset = (pair.key as YamlNode | null)?.range?.[0] ?? offset;
      node = unalias(doc, pair.value);
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as YamlNode | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = unalias(doc, item);
    } else {
      break;
    }
  }
  return offset;
}

/** The instance path of the innermost map entry or list item containing `offset`. */
export function pathAtOffset(doc: Document.Parsed, offset: number): PathSegment[] {
  const path: PathSegment[] = [];
  let node: unknown = doc.contents;
  const within = (n: unknown) => {
    const r = (n as YamlNode | null)?.range;
    return r ? offset >= r[0] && offset <= r[2] : false;
  };
  for (let depth = 0; depth < 100; depth++) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && (within(p.key) || within(p.value)));
      if (!pair) break;
      path.push(keyText(pair.key));
      if (!within(pair.value)) break;
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex(within);
      if (index < 0) break;
      path.push(index);
      node = node.items[index];
    } else {
      break;
    }
  }
  return path;
}

/** Lines (1-based) that are the content of block scalars (`|`, `>`); tabs there are text, not indentation. */
function blockScalarLines(parsed: ParsedYaml): Set<number> {
  const lines = new Set<number>();
  const visit = (node: unknown): void => {
    if (isMap(node)) node.items.forEach((p) => { visit(p.key); visit(p.value); });
    else if (isSeq(node)) node.items.forEach(visit);
    else if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && node.range) {
      const first = lineAt(parsed, node.range[0]);
      const last = lineAt(parsed, Math.max(node.range[0], node.range[1] - 1));
      for (let l = first + 1; l <= last; l++) lines.add(l);
    }
  };
  parsed.docs.forEach((d) => visit(d.contents));
  return lines;
}

/**
 * 1-based lines whose indentation contains a tab. YAML forbids tabs there,
 * but `yaml` only reports some positions (e.g. not after a `- ` or inside
 * flow collections), so we check the text ourselves.
 */
export function tabIndentedLines(parsed: ParsedYaml): number[] {
  const skip = blockScalarLines(parsed);
  const result: number[] = [];
  parsed.code.split('\n').forEach((text, i) => {
    const indent = /^[ \t]*/.exec(text)![0];
    if (indent.includes('\t') && text.trim() !== '' && !skip.has(i + 1)) result.push(i + 1);
  });
  return result;
}

/** `['spec','containers',0,'image']` → `spec.containers[0].image`; odd keys are quoted: `metadata.labels["app.kubernetes.io/name"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Converts an ajv instancePath (`/spec/containers/0`) to segments, using the data to tell list indices from map keys. */
export function parseInstancePath(instancePath: string, data: unknown): PathSegment[] {
  if (!instancePath) return [];
  const segments: PathSegment[] = [];
  let cur: unknown = data;
  for (const raw of instancePath.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur) && /^\d+$/.test(key)) {
      segments.push(Number(key));
      cur = cur[Number(key)];
    } else {
      segments.push(key);
      cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[key] : undefined;
    }
  }
  return segments;
}

/** The value at an instance path, or undefined. */
export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}
