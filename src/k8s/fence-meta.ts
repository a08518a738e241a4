/**
 * Parses the meta string of a fenced code block. Only the attributes this
 * validator cares about are lifted into named fields; everything else is kept
 * in `attrs` so other remark/rehype plugins can share the same syntax.
 */

/** Parsed fence meta. */
export interface FenceMeta {
  title?: string;
  /** `<apiVersion>/<Kind>#<path>`, e.g. `apps/v1/Deployment#spec.strategy`. */
  fragment?: string;
  /** Reason the block is not a Kubernetes manifest (`not-k8s="Helm values"`). */
  notK8s?: string;
  /** `partial`: fields were elided on purpose, so "missing required field" is not reported. */
  partial?: boolean;
  /** Every `key="value"`, `key='value'`, `key=value` and bare `flag` (flags map to `true`). */
  attrs: Record<string, string | true>;
}

// key="double" | key='single' | key=bare | {1,3-5} highlight ranges | bare flag
const TOKEN = /([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'{}]+))|\{[^}]*\}|([A-Za-z_][\w-]*)/g;

/** Parses `title="deployment.yaml" fragment="apps/v1/Deployment#spec" partial` into a FenceMeta. */
export function parseFenceMeta(meta: string | null | undefined): FenceMeta {
  const attrs: Record<string, string | true> = {};
  for (const m of (meta ?? '').matchAll(TOKEN)) {
    if (m[1]) attrs[m[1]] = m[2] ?? m[3] ?? m[4] ?? '';
    else if (m[5]) attrs[m[5]] = true;
  }
  const str = (v: string | true | undefined) => (typeof v === 'string' ? v : undefined);
  const result: FenceMeta = { attrs };
  if (str(attrs.title) !== undefined) result.title = str(attrs.title);
  if (attrs.fragment !== undefined) result.fragment = str(attrs.fragment) ?? '';
  // A bare `not-k8s` flag parses as '' so the validator can ask for a reason.
  if (attrs['not-k8s'] !== undefined) result.notK8s = str(attrs['not-k8s']) ?? '';
  if (attrs.partial !== undefined) result.partial = attrs.partial === true || attrs.partial === 'true';
  return result;
}
