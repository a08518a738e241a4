/**
 * Access to the generated schema: loading (once), $ref resolution and
 * walking by property name. Everything that needs to know the schema's shape
 * goes through here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { KUBERNETES_VERSION } from './kinds.ts';
import type { SchemaNode } from './types.ts';

/** File name of the generated schema inside src/k8s/schema/. */
export const SCHEMA_FILE = `k8s-${KUBERNETES_VERSION}.schema.json`;

let cached: SchemaNode | undefined;

/** The generated schema, parsed on first use and cached for the process. */
export function loadSchema(): SchemaNode {
  // readFileSync works unchanged in plain Node, node:test and Astro's config loader, unlike JSON import
  // attributes. Pages bundled by Astro no longer sit beside the file, so fall back to the project root.
  if (cached) return cached;
  const beside = new URL(`./schema/${SCHEMA_FILE}`, import.meta.url);
  const file = existsSync(beside) ? beside : path.resolve('src/k8s/schema', SCHEMA_FILE);
  cached = JSON.parse(readFileSync(file, 'utf8')) as SchemaNode;
  return cached;
}

/** `apiVersion/Kind` → definition name, e.g. `apps/v1/Deployment` → `Deployment`. */
export function kindDefinitions(): Record<string, string> {
  return loadSchema()['x-k8s'].kinds;
}

/** A position in the schema: the node, its JSON pointer and the definition it lives in. */
export interface SchemaLocation {
  /** JSON pointer usable as `$ref` (e.g. `#/definitions/PodSpec/properties/containers`). */
  pointer: string;
  node: SchemaNode;
  /** Definition that owns this node after following $refs (e.g. `PodSpec`). */
  definition?: string;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Definition name of a `$ref` such as `#/definitions/Container`. */
export function refName(ref: string): string {
  return decodeURIComponent(ref.replace(/^#\/definitions\//, ''));
}

/** Follows `$ref`s until a concrete node; the pointer/definition move with it. */
export function deref(loc: SchemaLocation): SchemaLocation {
  let cur = loc;
  for (let hops = 0; cur.node.$ref && hops < 20; hops++) {
    const name = refName(cur.node.$ref);
    const node = loadSchema().definitions[name];
    if (!node) throw new Error(`dangling $ref ${cur.node.$ref}`);
    cur = { pointer: `#/definitions/${escapePointer(name)}`, node, definition: name };
  }
  return cur;
}

/** Location of the definition of a supported kind, or undefined. */
export function kindLocation(key: string): SchemaLocation | undefined {
  const name = kindDefinitions()[key];
  if (!name) return undefined;
  return deref({ pointer: '', node: { $ref: `#/definitions/${name}` } });
}

/** Names of the fixed properties of an object schema (after $ref). */
export function propertyNames(loc: SchemaLocation): string[] {
  return Object.keys(deref(loc).node.properties ?? {});
}

/** Schema of property `prop` of an object, or of its map values for free-form maps; undefined if not allowed. */
export function childProperty(loc: SchemaLocation, prop: string): (SchemaLocation & { mapValue: boolean }) | undefined {
  const obj = deref(loc);
  const props = obj.node.properties;
  if (props && Object.hasOwn(props, prop)) {
    return { pointer: `${obj.pointer}/properties/${escapePointer(prop)}`, node: props[prop], definition: obj.definition, mapValue: false };
  }
  const extra = obj.node.additionalProperties;
  if (extra && typeof extra === 'object') {
    return { pointer: `${obj.pointer}/additionalProperties`, node: extra, definition: obj.definition, mapValue: true };
  }
  return undefined;
}

/** Schema of the items of an array schema, or undefined if it is not an array. */
export function childItems(loc: SchemaLocation): SchemaLocation | undefined {
  const arr = deref(loc);
  if (arr.node.type !== 'array' || !arr.node.items) return undefined;
  return { pointer: `${arr.pointer}/items`, node: arr.node.items, definition: arr.definition };
}

/** Names the shape of a schema node for docs and messages: `IntOrString`, `integer`, `array of object`, `map of string`… */
export function describeType(loc: SchemaLocation): string {
  if (loc.node.$ref) {
    const name = refName(loc.node.$ref);
    if (['IntOrString', 'Quantity', 'Time', 'MicroTime'].includes(name)) return name;
  }
  const { node } = deref(loc);
  if (node.enum || node.const !== undefined) return 'string';
  if (Array.isArray(node.type)) return node.type.join(' | ');
  if (node.type === 'array') {
    const items = childItems(loc);
    return items ? `array of ${describeType(items)}` : 'array';
  }
  if (node.type === 'object' && !node.properties && node.additionalProperties && typeof node.additionalProperties === 'object') {
    return `map of ${describeType({ ...loc, node: node.additionalProperties })}`;
  }
  return node.type ?? 'any';
}

/** Definition name behind an object or array-of-object node (e.g. `Container`), for "see type" links. */
export function objectTypeName(loc: SchemaLocation): string | undefined {
  const target = loc.node.type === 'array' || deref(loc).node.type === 'array' ? childItems(loc) : loc;
  if (!target?.node.$ref) return undefined;
  const name = refName(target.node.$ref);
  return deref(target).node.type === 'object' ? name : undefined;
}
