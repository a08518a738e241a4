/**
 * Fragments: `fragment="<apiVersion>/<Kind>#<path>"` says which part of a
 * manifest a YAML snippet is. Path syntax: dotted field names; `[]` after a
 * name means "one item of this list", e.g. `spec.containers[]`.
 */
import { KIND_KEYS, splitKindKey, supportedKindsText } from './kinds.ts';
import { childItems, childProperty, describeType, kindLocation, propertyNames } from './schema.ts';
import type { SchemaLocation } from './schema.ts';
import { closest } from './suggest.ts';

/** One step of a fragment path: a field name, or `[]` (one list item). */
export type FragmentStep = { field: string } | { item: true };

/** A fragment resolved against the schema. */
export interface ResolvedFragment {
  /** `apps/v1/Deployment` */
  kindKey: string;
  /** The path as written after `#` (may be empty: the whole object without apiVersion/kind). */
  path: string;
  steps: FragmentStep[];
  location: SchemaLocation;
}

/** Parses `spec.containers[].livenessProbe` into steps; returns an error string on bad syntax. */
export function parseFragmentPath(path: string): FragmentStep[] | string {
  if (path === '') return [];
  const steps: FragmentStep[] = [];
  for (const segment of path.split('.')) {
    const m = /^([^.[\]\s]+)((?:\[\])*)$/.exec(segment);
    if (!m) return `bad fragment path segment "${segment}" (expected a field name, optionally followed by "[]")`;
    steps.push({ field: m[1] });
    for (let i = 0; i < m[2].length / 2; i++) steps.push({ item: true });
  }
  return steps;
}

/** Resolves `apps/v1/Deployment#spec.strategy` against the schema; returns an error message when it does not exist. */
export function resolveFragment(spec: string): ResolvedFragment | { error: string } {
  const hash = spec.indexOf('#');
  const key = hash < 0 ? spec : spec.slice(0, hash);
  const path = hash < 0 ? '' : spec.slice(hash + 1);
  if (!/^[^#\s]+\/[^/#\s]+$/.test(key)) {
    return { error: `bad fragment "${spec}": expected "<apiVersion>/<Kind>#<path>", e.g. "apps/v1/Deployment#spec.template.spec"` };
  }
  let loc = kindLocation(key);
  if (!loc) {
    const { kind } = splitKindKey(key);
    const guess = KIND_KEYS.find((k) => splitKindKey(k).kind === kind) ?? closest(key, KIND_KEYS);
    return { error: `unsupported kind "${key}" in fragment${guess ? ` (did you mean "${guess}"?)` : ''}; supported kinds: ${supportedKindsText()}` };
  }
  const steps = parseFragmentPath(path);
  if (typeof steps === 'string') return { error: steps };
  let walked = key;
  for (const step of steps) {
    if ('item' in step) {
      const items = childItems(loc);
      if (!items) return { error: `fragment path "${path}": ${walked} is ${article(describeType(loc))}, not a list; remove "[]"` };
      loc = items;
      walked += '[]';
      continue;
    }
    if (childItems(loc)) {
      return { error: `fragment path "${path}": ${walked} is a list; write "${walked.split(/[#.]/).at(-1)}[].${step.field}"` };
    }
    const next = childProperty(loc, step.field);
    if (!next) {
      const names = propertyNames(loc);
      const guess = closest(step.field, names);
      return {
        error: names.length
          ? `fragment path "${path}": "${step.field}" is not a field of ${walked}` +
            (guess ? ` (did you mean "${guess}"?)` : `; fields: ${names.join(', ')}`)
          : `fragment path "${path}": ${walked} is ${article(describeType(loc))} and has no field "${step.field}"`,
      };
    }
    loc = next;
    walked += `${walked === key ? '#' : '.'}${step.field}`;
  }
  return { kindKey: key, path, steps, location: loc };
}

function article(type: string): string {
  return /^[aeiouAEIOU]/.test(type) ? `an ${type}` : `a ${type}`;
}
