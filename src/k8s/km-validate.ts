/**
 * Layer 2: kubernetes-models' own validators. They add what a schema derived
 * from TypeScript cannot express: int32/int64 ranges and string formats
 * (Quantity such as "512Mi", base64 Secret data, RFC 3339 times).
 * Fragments are validated by wrapping them into an otherwise empty object of
 * their kind and keeping only the errors inside the fragment.
 */
import type { FragmentStep } from './fragment.ts';
import { kmValidate } from './km-models.ts';
import type { KmError } from './km-models.ts';
import { enumMessage, formatMessage, typeMessage } from './messages.ts';
import type { RawIssue } from './types.ts';
import { parseInstancePath, valueAt } from './yaml-source.ts';

function wrap(steps: readonly FragmentStep[], data: unknown): { object: object; prefix: string } {
  let value = data;
  let prefix = '';
  for (const step of [...steps].reverse()) {
    value = 'item' in step ? [value] : { [step.field]: value };
  }
  for (const step of steps) prefix += 'item' in step ? '/0' : `/${step.field.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return { object: value as object, prefix };
}

/**
 * kubernetes-models issues for `data` (a whole manifest when `steps` is
 * empty, else a fragment at that path). Paths are relative to `data`.
 */
export function kmIssues(kindKey: string, steps: readonly FragmentStep[], data: unknown): RawIssue[] {
  const { object, prefix } = wrap(steps, data);
  const errors = kmValidate(kindKey, object)
    .filter((e) => e.instancePath === prefix || e.instancePath.startsWith(`${prefix}/`))
    .map((e) => ({ ...e, instancePath: e.instancePath.slice(prefix.length) }));
  const byPath = new Map<string, KmError[]>();
  for (const e of errors) byPath.set(e.instancePath, [...(byPath.get(e.instancePath) ?? []), e]);
  const issues: RawIssue[] = [];
  for (const [instancePath, errs] of byPath) {
    const path = parseInstancePath(instancePath, data);
    const value = valueAt(data, path);
    // `required` is not repeated here: both layers come from the same OpenAPI
    // required lists, and layer 1 reports them with better context.
    // IntOrString/Quantity are `oneOf` in kubernetes-models: a failing value
    // yields one error per branch. The format error is the meaningful one.
    const format = errs.find((e) => e.keyword === 'format');
    const other = errs.find((e) => !['required', 'format', 'oneOf'].includes(e.keyword));
    if (format) {
      issues.push({ path, keyword: 'format', message: formatMessage(String(format.params.format), value, path) });
    } else if (other?.keyword === 'type') {
      issues.push({ path, keyword: 'type', message: typeMessage(other.params.type as string, value) });
    } else if (other?.keyword === 'enum') {
      issues.push({ path, keyword: 'enum', message: enumMessage(other.params.allowedValues as unknown[], value) });
    } else if (other) {
      issues.push({ path, keyword: other.keyword, message: `${other.message ?? 'invalid value'} (${other.keyword})` });
    }
  }
  return issues;
}
