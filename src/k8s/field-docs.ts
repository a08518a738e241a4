/**
 * Official field documentation for every YAML key of a block, positioned for
 * a Shiki transformer (0-based line/column within the code).
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { parseFenceMeta } from './fence-meta.ts';
import { resolveFragment } from './fragment.ts';
import { kindKey, splitKindKey } from './kinds.ts';
import { childItems, childProperty, deref, describeType, kindDefinitions, kindLocation, objectTypeName } from './schema.ts';
import type { SchemaLocation } from './schema.ts';
import { parseYaml } from './yaml-source.ts';
import type { ParsedYaml } from './yaml-source.ts';

/** Documentation of one YAML key occurrence. */
export interface FieldDoc {
  /** 0-based line within the block. */
  line: number;
  /** 0-based column of the key's first character. */
  startCol: number;
  /** 0-based column just past the key. */
  endCol: number;
  /** Readable schema path, e.g. `Deployment.spec.strategy.rollingUpdate.maxSurge` (`[]` = any list item). */
  path: string;
  /**
   * Stable key of the description: `<owning type>.<field>`, e.g.
   * `RollingUpdateDeployment.maxSurge`, `Container.image`. Identical for the
   * same field in a Pod and in a Deployment's pod template, so a page can emit
   * each description once.
   */
  docKey: string;
  /** `IntOrString`, `Quantity`, `integer`, `string`, `boolean`, `object`, `array of object`, `map of string`, … */
  type: string;
  /** Named type behind `object` / `array of object`, e.g. `Container`. */
  typeName?: string;
  /** `int32`, `int64`, `date-time`, `quantity` when known. */
  format?: string;
  /** Allowed values of enum fields. */
  enum?: string[];
  required: boolean;
  /** Upstream (English) description; absent when the API has none. */
  description?: string;
}

/** Field docs for every key of a block that maps into the schema (full manifests and declared fragments); unknown keys get none. */
export function fieldDocsForBlock(block: { code: string; meta?: string | null }): FieldDoc[] {
  const meta = parseFenceMeta(block.meta);
  if (meta.notK8s !== undefined) return [];
  let fragmentRoot: { location: SchemaLocation; label: string } | undefined;
  if (meta.fragment !== undefined) {
    const resolved = resolveFragment(meta.fragment);
    if ('error' in resolved) return [];
    const kind = splitKindKey(resolved.kindKey).kind;
    fragmentRoot = { location: resolved.location, label: resolved.path ? `${kind}.${resolved.path}` : kind };
  }
  const parsed = parseYaml(block.code);
  const docs: FieldDoc[] = [];
  for (const doc of parsed.docs) {
    const root = fragmentRoot ?? manifestRoot(doc);
    if (root) walk(parsed, doc.contents, root.location, root.label, docs);
  }
  return docs;
}

function manifestRoot(doc: Document.Parsed): { location: SchemaLocation; label: string } | undefined {
  const apiVersion = doc.get('apiVersion');
  const kind = doc.get('kind');
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return undefined;
  const location = kindLocation(kindKey(apiVersion, kind));
  return location && { location, label: kind };
}

function walk(parsed: ParsedYaml, node: unknown, loc: SchemaLocation, path: string, out: FieldDoc[]): void {
  if (isSeq(node)) {
    const items = childItems(loc);
    if (items) for (const item of node.items) walk(parsed, item, items, `${path}[]`, out);
    return;
  }
  if (!isMap(node)) return;
  const parent = deref(loc);
  for (const pair of node.items) {
    if (!isScalar(pair.key)) continue;
    const field = String(pair.key.value);
    const child = childProperty(loc, field);
    if (!child) continue;
    if (child.mapValue) {
      // Free-form map keys (labels, resources.limits, ConfigMap data) are user
      // data, not API fields: no doc for the key, but keep walking its value.
      walk(parsed, pair.value, child, `${path}.*`, out);
      continue;
    }
    const key = pair.key as YamlNode;
    if (key.range) out.push(docFor(parsed, key.range, child, parent, field, `${path}.${field}`));
    walk(parsed, pair.value, child, `${path}.${field}`, out);
  }
}

function docFor(parsed: ParsedYaml, range: [number, number, number], child: SchemaLocation, parent: SchemaLocation, field: string, path: string): FieldDoc {
  const pos = parsed.lineCounter.linePos(range[0]);
  const target = deref(child).node;
  const doc: FieldDoc = {
    line: pos.line - 1,
    startCol: pos.col - 1,
    endCol: pos.col - 1 + (range[1] - range[0]),
    path,
    docKey: docKeyFor(parent.definition ?? path, field),
    type: describeType(child),
    required: (parent.node.required ?? []).includes(field),
  };
  const typeName = objectTypeName(child);
  if (typeName) doc.typeName = typeName;
  const format = child.node.format ?? target.format;
  if (format) doc.format = format;
  const values = child.node.enum ?? target.enum;
  if (values) doc.enum = values;
  const description = child.node.description ?? target.description;
  if (description) doc.description = description;
  return doc;
}

// apiVersion/kind come from TypeMeta and carry the same text in every kind,
// so they share one key instead of one per kind.
function docKeyFor(owner: string, field: string): string {
  if ((field === 'apiVersion' || field === 'kind') && Object.values(kindDefinitions()).includes(owner)) return `TypeMeta.${field}`;
  return `${owner}.${field}`;
}

/** One entry per docKey, in first-seen order: what a page emits once. */
export function uniqueFieldDocs(docs: Iterable<FieldDoc>): FieldDoc[] {
  const seen = new Map<string, FieldDoc>();
  for (const d of docs) if (!seen.has(d.docKey)) seen.set(d.docKey, d);
  return [...seen.values()];
}

/**
 * The doc whose key a highlighter token covers. For Shiki's `span(hast, line, col, _, token)`
 * hook: `line` is 1-based, `col` the token's start column; Shiki merges leading
 * whitespace into tokens and splits quoted keys, so we compare the token's
 * non-blank range with the key's range instead of exact starts.
 */
export function fieldDocForToken(docs: readonly FieldDoc[], line: number, col: number, text: string): FieldDoc | undefined {
  const lead = text.length - text.trimStart().length;
  const start = col + lead;
  const end = col + text.trimEnd().length;
  if (end <= start) return undefined;
  return docs.find((d) => d.line === line - 1 && start < d.endCol && end > d.startCol);
}

/** HTML-id-safe anchor for a docKey: `RollingUpdateDeployment.maxSurge` → `k8s-doc-RollingUpdateDeployment-maxSurge`. */
export function fieldDocId(docKey: string): string {
  return `k8s-doc-${docKey.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
