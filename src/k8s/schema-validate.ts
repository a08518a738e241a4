/**
 * Layer 1: the generated JSON Schema, compiled with ajv. Catches unknown
 * fields, wrong types, missing required fields and enums.
 */
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { closestField, enumMessage, requiredMessage, typeMessage, unknownFieldMessage } from './messages.ts';
import { loadSchema } from './schema.ts';
import type { RawIssue } from './types.ts';
import { formatPath, parseInstancePath } from './yaml-source.ts';
import type { PathSegment } from './yaml-source.ts';

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/** Compiled validator for a schema pointer (`#/definitions/Deployment`, …); compiled once per process. */
export function validatorFor(pointer: string): ValidateFunction {
  let fn = compiled.get(pointer);
  if (!fn) {
    if (!ajv) {
      // verbose: errors carry the failing data and parent schema (needed for
      // suggestions). Formats are annotations only here; kubernetes-models
      // checks them (layer 2). strict:false tolerates our `x-k8s` keyword.
      ajv = new Ajv({ allErrors: true, verbose: true, strict: false, validateFormats: false });
      ajv.addSchema(loadSchema());
    }
    fn = ajv.compile({ $ref: `${loadSchema().$id}${pointer}` });
    compiled.set(pointer, fn);
  }
  return fn;
}

/** Source text of the scalar at a path, for hints such as `quote it: "yes"`. */
export type SourceLookup = (path: readonly PathSegment[]) => string | undefined;

/** Validates `data` against the schema node at `pointer` and returns issues with instance paths. */
export function schemaIssues(pointer: string, data: unknown, sourceAt: SourceLookup): RawIssue[] {
  const validate = validatorFor(pointer);
  if (validate(data)) return [];
  return toIssues(validate.errors ?? [], data, sourceAt);
}

function toIssues(errors: ErrorObject[], data: unknown, sourceAt: SourceLookup): RawIssue[] {
  const issues: RawIssue[] = [];
  const valueTaken = new Set<string>();
  const missing = new Map<string, { path: PathSegment[]; fields: string[] }>();
  const misspelled = new Set<string>();
  for (const err of errors) {
    const path = parseInstancePath(err.instancePath, data);
    const at = formatPath(path);
    switch (err.keyword) {
      case 'additionalProperties': {
        const field = String(err.params.additionalProperty);
        issues.push({ path: [...path, field], keyword: err.keyword, message: unknownFieldMessage(field, err.parentSchema) });
        const guess = closestField(field, err.parentSchema);
        if (guess) misspelled.add(`${at}\0${guess}`);
        break;
      }
      case 'required': {
        const entry = missing.get(at) ?? { path, fields: [] };
        entry.fields.push(String(err.params.missingProperty));
        missing.set(at, entry);
        break;
      }
      default: {
        // One message per value: a wrong type also fails its enum, etc.
        if (valueTaken.has(at)) break;
        valueTaken.add(at);
        issues.push({ path, keyword: err.keyword, message: valueMessage(err, path, sourceAt) });
      }
    }
  }
  for (const [at, { path, fields }] of missing) {
    // `containerport: 80` is one mistake, not also a missing `containerPort`.
    const really = fields.filter((f) => !misspelled.has(`${at}\0${f}`));
    if (really.length) issues.push({ path, keyword: 'required', message: requiredMessage(really) });
  }
  return issues;
}

function valueMessage(err: ErrorObject, path: PathSegment[], sourceAt: SourceLookup): string {
  switch (err.keyword) {
    case 'type':
      return typeMessage(err.params.type, err.data, sourceAt(path));
    case 'enum':
      return enumMessage(err.params.allowedValues, err.data);
    case 'const':
      return `must be ${JSON.stringify(err.params.allowedValue)}, got ${JSON.stringify(err.data)}`;
    default:
      return `${err.message ?? 'invalid value'} (${err.keyword})`;
  }
}
