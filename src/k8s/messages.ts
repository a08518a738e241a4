/**
 * Turns validator errors (ajv from our schema, or kubernetes-models' own) into
 * short messages with a suggestion where the fix is obvious.
 */
import { deref } from './schema.ts';
import type { SchemaNode } from './types.ts';
import { closest } from './suggest.ts';

/** `got …` part of a type error. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `${Number.isInteger(value) ? 'integer' : 'number'} ${value}`;
  return `${typeof value} ${String(value)}`;
}

const TYPE_WORDS: Record<string, string> = { object: 'a mapping', array: 'a list' };

/** `expected integer, got string "2" (remove the quotes)` */
export function typeMessage(expected: string | string[], value: unknown, sourceText?: string): string {
  const types = (Array.isArray(expected) ? expected : [expected]).map((t) => TYPE_WORDS[t] ?? t);
  let msg = `expected ${types.join(' or ')}, got ${describeValue(value)}`;
  const want = Array.isArray(expected) ? expected : [expected];
  if (value === null || value === undefined) {
    if (want.includes('object')) msg += ' (the key has no value: write {} or remove the key)';
    else if (want.includes('array')) msg += ' (the key has no value: write [] or remove the key)';
  } else if (typeof value === 'string' && (want.includes('integer') || want.includes('number')) && value.trim() !== '' && !Number.isNaN(Number(value))) {
    msg += ' (remove the quotes)';
  } else if (typeof value === 'string' && want.includes('boolean') && /^(true|false)$/i.test(value)) {
    msg += ' (remove the quotes)';
  } else if ((typeof value === 'number' || typeof value === 'boolean') && want.length === 1 && want[0] === 'string') {
    msg += ` (quote it: "${sourceText ?? String(value)}")`;
  } else if (Array.isArray(value) && want.includes('object')) {
    msg += ' (remove the "- ": this field is a single mapping, not a list)';
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && want.includes('array')) {
    msg += ' (list items start with "- ")';
  }
  return msg;
}

/** Allowed values of an enum, with the closest one suggested. */
export function enumMessage(allowed: unknown[], value: unknown): string {
  const list = allowed.map((v) => JSON.stringify(v)).join(', ');
  const guess = typeof value === 'string' ? closest(value, allowed.map(String)) : undefined;
  return `invalid value ${JSON.stringify(value)}${guess ? ` (did you mean "${guess}"?)` : ''}; allowed: ${list}`;
}

function objectProps(node: SchemaNode | undefined): Record<string, SchemaNode> {
  if (!node) return {};
  return deref({ pointer: '', node }).node.properties ?? {};
}

/** The allowed field of `parent` closest in spelling to `field`, if any. */
export function closestField(field: string, parent: SchemaNode | undefined): string | undefined {
  return closest(field, Object.keys(objectProps(parent)));
}

/**
 * `unknown field (did you mean "image"?)`. Tries, in order: a near spelling,
 * the same field one level deeper (`path` under a probe → `httpGet.path`,
 * the usual indentation mistake), then the list of allowed fields.
 */
export function unknownFieldMessage(field: string, parent: SchemaNode | undefined): string {
  const props = objectProps(parent);
  const names = Object.keys(props);
  const guess = closestField(field, parent);
  if (guess) return `unknown field (did you mean "${guess}"?)`;
  const deeper = names.filter((n) => Object.hasOwn(objectProps(props[n]), field)).map((n) => `${n}.${field}`);
  if (deeper.length) {
    return `unknown field (did you mean ${deeper.map((d) => `"${d}"`).join(' or ')}? check the indentation)`;
  }
  if (!names.length) return 'unknown field (this object takes no fields)';
  return `unknown field; allowed: ${names.join(', ')}`;
}

/** Message for a failed `format` check from kubernetes-models. */
export function formatMessage(format: string, value: unknown, path: readonly (string | number)[]): string {
  switch (format) {
    case 'int32':
      return `${describeValue(value)} is out of range for int32 (-2147483648 to 2147483647)`;
    case 'int64':
      return `${describeValue(value)} is out of range for int64`;
    case 'quantity': {
      let msg = `invalid quantity ${JSON.stringify(value)}`;
      const m = typeof value === 'string' ? /^(\d+(?:\.\d+)?)\s*([KMGTPE])i?[Bb]$/.exec(value) : null;
      if (m) msg += ` (did you mean "${m[1]}${m[2]}i"? units are Ki/Mi/Gi or k/M/G, without "B")`;
      else msg += ' (examples: 500m, 0.5, 128Mi, 1Gi, 2)';
      return msg;
    }
    case 'byte':
      return `invalid base64 value ${JSON.stringify(value)}` +
        (path[0] === 'data' ? ' (Secret data must be base64-encoded; use stringData for plain text)' : '');
    case 'date-time':
      return `invalid date-time ${JSON.stringify(value)} (RFC 3339, e.g. "2024-01-02T15:04:05Z")`;
    default:
      return `invalid ${format} value ${JSON.stringify(value)}`;
  }
}

/** `missing required field "name"` / `missing required fields "name", "image"` */
export function requiredMessage(fields: string[]): string {
  const quoted = fields.map((f) => `"${f}"`).join(', ');
  return fields.length === 1 ? `missing required field ${quoted}` : `missing required fields ${quoted}`;
}

