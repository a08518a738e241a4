/**
 * Regenerates src/k8s/schema/k8s-<version>.schema.json from the `.d.ts` files
 * of the pinned kubernetes-models package (run: `npm run schema`).
 *
 * Pipeline:
 *  1. ts-json-schema-generator turns each kind's `I<Kind>` interface into a
 *     JSON Schema with `additionalProperties: false` and the JSDoc field docs.
 *  2. Definitions of all kinds are merged into one `definitions` map; a name
 *     that means different things in different API groups is qualified with
 *     its group (see mergeKind) instead of silently overwriting.
 *  3. Special apimachinery types get their real wire shape (IntOrString, ...).
 *  4. TypeScript only knows `number`; kubernetes-models' own validators know
 *     integer/int32/int64. We probe them once per kind to restore that.
 * The output is deterministic (sorted keys, no timestamps), so regenerating
 * with the same pin produces a byte-identical file. `--check` compares
 * instead of writing and exits 1 when the committed file is stale.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG, SchemaGenerator, createFormatter, createParser, createProgram } from 'ts-json-schema-generator';
import type { CompletedConfig } from 'ts-json-schema-generator';
import { KINDS, KUBERNETES_VERSION, kindKey } from '../src/k8s/kinds.ts';
import { kmValidate } from '../src/k8s/km-models.ts';

type Json = Record<string, any>;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'src/k8s/schema', `k8s-${KUBERNETES_VERSION}.schema.json`);

function pkgVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
  return pkg.version;
}

function dtsPath(apiVersion: string, kind: string): string {
  return join(root, 'node_modules/kubernetes-models', apiVersion, `${kind}.d.ts`);
}

/** Strips kubernetes-models' `I` prefix: IDeploymentSpec → DeploymentSpec. */
function cleanName(name: string): string {
  return /^I[A-Z]/.test(name) ? name.slice(1) : name;
}

function rewriteRefs(node: unknown, rename: (name: string) => string): unknown {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, rename));
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = k === '$ref' && typeof v === 'string'
      ? `#/definitions/${rename(decodeURIComponent(v.replace('#/definitions/', '')))}`
      : rewriteRefs(v, rename);
  }
  return out;
}

/** Stable stringify (sorted keys) so comparisons and output are deterministic. */
function stable(node: unknown, indent?: number): string {
  const sort = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(sort);
    if (!n || typeof n !== 'object') return n;
    return Object.fromEntries(Object.keys(n).sort().map((k) => [k, sort((n as Json)[k])]));
  };
  return JSON.stringify(sort(node), null, indent);
}

/**
 * Adds one kind's definitions to `merged`. Same name + same content is shared;
 * same name + different content (e.g. a type that exists in two API groups)
 * gets a group-qualified name. Renames cascade to definitions that refer to a
 * renamed one, hence the fixpoint loop.
 */
function mergeKind(merged: Json, defs: Json, group: string): Record<string, string> {
  const renames: Record<string, string> = {};
  const nameOf = (n: string) => renames[n] ?? cleanName(n);
  for (let changed = true; changed;) {
    changed = false;
    for (const raw of Object.keys(defs)) {
      if (renames[raw]) continue;
      const name = cleanName(raw);
      const body = rewriteRefs(defs[raw], nameOf);
      if (merged[name] && stable(merged[name]) !== stable(body)) {
        renames[raw] = `${group}.${name}`;
        changed = true;
      }
    }
  }
  for (const raw of Object.keys(defs)) {
    const name = nameOf(raw);
    const body = rewriteRefs(defs[raw], nameOf);
    if (merged[name] && stable(merged[name]) !== stable(body)) {
      throw new Error(`definition ${name} still collides after qualification`);
    }
    merged[name] = body;
  }
  return renames;
}

/** Gives apimachinery's special types their real (wire) shape. */
function fixSpecialTypes(defs: Json): void {
  // TS says `string | number`; the API accepts an int32 or a string.
  if (defs.IntOrString) defs.IntOrString = { ...defs.IntOrString, type: ['integer', 'string'] };
  // Quantity: "500m", "1Gi" or a bare number. The format check lives in the
  // kubernetes-models layer (regex from apimachinery's quantity.go).
  if (defs.Quantity) defs.Quantity = { ...defs.Quantity, type: ['string', 'number'], format: 'quantity' };
  for (const t of ['Time', 'MicroTime']) {
    if (defs[t]) defs[t] = { ...defs[t], type: 'string', format: 'date-time' };
  }
  // FieldsV1 is an opaque trie (managedFields); TS models it as `{}`, which
  // `additionalProperties: false` would turn into "must be empty".
  if (defs.FieldsV1) defs.FieldsV1 = { type: 'object', description: defs.FieldsV1.description };
}

const PROBE_FRACTION = 1.5;
const PROBE_INT32_OVERFLOW = 2 ** 31;

/**
 * Builds one object that reaches every `type: number` leaf of a kind (each
 * definition visited once) and records the leaf schema objects by JSON pointer.
 */
function buildProbe(defs: Json, node: Json, ptr: string, leaves: Map<string, Json>, seen: Set<string>): unknown {
  if (node.$ref) {
    const name = decodeURIComponent(node.$ref.replace('#/definitions/', ''));
    if (seen.has(name)) return undefined;
    seen.add(name);
    return buildProbe(defs, defs[name], ptr, leaves, seen);
  }
  if (node.type === 'number') {
    leaves.set(ptr, node);
    return PROBE_FRACTION;
  }
  if (node.type === 'array' && node.items) {
    const item = buildProbe(defs, node.items, `${ptr}/0`, leaves, seen);
    return item === undefined ? undefined : [item];
  }
  if (node.type === 'object') {
    const obj: Json = {};
    for (const [prop, sub] of Object.entries<Json>(node.properties ?? {})) {
      const v = buildProbe(defs, sub, `${ptr}/${prop}`, leaves, seen);
      if (v !== undefined) obj[prop] = v;
    }
    if (node.additionalProperties && typeof node.additionalProperties === 'object') {
      const v = buildProbe(defs, node.additionalProperties, `${ptr}/probe-key`, leaves, seen);
      if (v !== undefined) obj['probe-key'] = v;
    }
    return Object.keys(obj).length ? obj : undefined;
  }
  return undefined;
}

function setLeaves(probe: unknown, ptrs: Iterable<string>, value: number): unknown {
  const copy = structuredClone(probe) as Json;
  for (const ptr of ptrs) {
    const parts = ptr.split('/').slice(1);
    let cur: Json = copy;
    for (const p of parts.slice(0, -1)) cur = cur[p];
    cur[parts.at(-1)!] = value;
  }
  return copy;
}

/** Restores integer/int32/int64 on number leaves by asking kubernetes-models. */
function probeIntegers(defs: Json, key: string, rootDef: string): { integers: number; numbers: number } {
  const leaves = new Map<string, Json>();
  const probe = buildProbe(defs, { $ref: `#/definitions/${rootDef}` }, '', leaves, new Set());
  if (!probe) return { integers: 0, numbers: 0 };
  const fractionErrors = kmValidate(key, probe as object);
  const ints = [...leaves.keys()].filter((ptr) =>
    fractionErrors.some((e) => e.instancePath === ptr && e.keyword === 'type' && e.params.type === 'integer'));
  const overflowErrors = kmValidate(key, setLeaves(probe, ints, PROBE_INT32_OVERFLOW) as object);
  for (const ptr of ints) {
    const int32 = overflowErrors.some((e) => e.instancePath === ptr && e.keyword === 'format' && e.params.format === 'int32');
    Object.assign(leaves.get(ptr)!, { type: 'integer', format: int32 ? 'int32' : 'int64' });
  }
  return { integers: ints.length, numbers: leaves.size - ints.length };
}

function main(): void {
  const t0 = performance.now();
  const tmp = mkdtempSync(join(tmpdir(), 'k8s-schema-'));
  const tsconfig = join(tmp, 'tsconfig.json');
  // nodenext resolution is required: kubernetes-models resolves its
  // dependencies through package.json `exports`.
  writeFileSync(tsconfig, JSON.stringify({
    compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, skipLibCheck: true, noEmit: true },
    files: KINDS.map((k) => dtsPath(k.apiVersion, k.kind)),
  }));
  try {
    const config: CompletedConfig = {
      ...DEFAULT_CONFIG,
      tsconfig,
      expose: 'all',
      jsDoc: 'extended',
      additionalProperties: false,
      skipTypeCheck: true,
      sortProps: true,
      topRef: true,
    };
    // One TypeScript program for all kinds (building it is the slow part).
    // Roots are picked by file, not by name: `createSchema('IHorizontalPodAutoscaler')`
    // would silently take whichever API group's interface comes first.
    const program = createProgram(config);
    const generator = new SchemaGenerator(program, createParser(program, config), createFormatter(config), config);
    const definitions: Json = {};
    const kinds: Record<string, string> = {};
    for (const { apiVersion, kind } of KINDS) {
      const file = program.getSourceFile(dtsPath(apiVersion, kind));
      const node = file?.statements.find((st) => (st as { name?: { text?: string } }).name?.text === `I${kind}`);
      if (!node) throw new Error(`interface I${kind} not found in ${dtsPath(apiVersion, kind)}`);
      const schema = generator.createSchemaFromNodes([node]) as Json;
      const group = apiVersion.includes('/') ? apiVersion.replace('/', '.') : `core.${apiVersion}`;
      const renames = mergeKind(definitions, schema.definitions, group);
      kinds[kindKey(apiVersion, kind)] = renames[`I${kind}`] ?? cleanName(`I${kind}`);
    }
    fixSpecialTypes(definitions);
    let integers = 0;
    let numbers = 0;
    for (const [key, def] of Object.entries(kinds)) {
      const r = probeIntegers(definitions, key, def);
      integers += r.integers;
      numbers += r.numbers;
    }
    const out = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: `k8s-${KUBERNETES_VERSION}`,
      $comment: 'GENERATED by tools/generate-k8s-schema.ts (npm run schema). Do not edit by hand.',
      'x-k8s': {
        kubernetes: KUBERNETES_VERSION,
        'kubernetes-models': pkgVersion('kubernetes-models'),
        'ts-json-schema-generator': pkgVersion('ts-json-schema-generator'),
        kinds,
      },
      definitions,
    };
    const text = `${stable(out, 1)}\n`;
    const relOut = outFile.slice(root.length + 1);
    if (process.argv.includes('--check')) {
      // CI/test mode: fail if the committed schema no longer matches the pin.
      const current = readFileSync(outFile, 'utf8');
      if (current !== text) {
        console.error(`${relOut} is out of date with node_modules; run \`npm run schema\` and commit the result`);
        process.exitCode = 1;
      } else {
        console.log(`${relOut} is up to date`);
      }
      return;
    }
    writeFileSync(outFile, text);
    const ms = Math.round(performance.now() - t0);
    console.log(`wrote ${relOut}: ${Object.keys(kinds).length} kinds, ` +
      `${Object.keys(definitions).length} definitions, ${(text.length / 1024).toFixed(0)} KiB, ` +
      `${integers} integer leaves restored (${numbers} left as number), ${ms} ms`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
