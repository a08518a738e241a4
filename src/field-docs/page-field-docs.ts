import { fieldDocsForBlock, uniqueFieldDocs, type FieldDoc } from '../k8s/index.ts';

// ```yaml or ```yml fences with their meta, up to the closing fence at the same indent.
const YAML_FENCE = /^([ \t]*)```(ya?ml)([^\n]*)\n([\s\S]*?)\n\1```[ \t]*$/gm;

/** The field docs used by the YAML blocks of some MDX bodies, each docKey once, for one page. */
export function fieldDocsForBodies(bodies: string[]): FieldDoc[] {
  const all: FieldDoc[] = [];
  for (const body of bodies) {
    for (const m of body.matchAll(YAML_FENCE)) {
      const indent = m[1]!;
      const code = m[4]!.split('\n').map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l)).join('\n');
      all.push(...fieldDocsForBlock({ code, meta: m[3]!.trim() }));
    }
  }
  return uniqueFieldDocs(all);
}
