/**
 * Field paths in compact form. Each marked key in a code block would otherwise repeat its whole
 * path (`Deployment.spec.template.spec.containers[].image`); instead a key names its parent key
 * by distance (`up`) and what lies between them (`via`, e.g. `[]` for a list item), and only keys
 * at the top of a document name their root. The popover rebuilds the path from the key texts.
 */

export interface KeyLink {
  /** How many keys back, in the same block, the parent key is; absent at a document's top. */
  up?: number;
  /** Path text between the parent's path and this key's segment (`[]`, `.*`), when not empty. */
  via?: string;
  /** The path above a top-level key (`Deployment`, or a fragment's root), when it differs from the block's. */
  root?: string;
}

/** `a.b[].c` → `{ parent: 'a.b[]', field: 'c' }`. */
function splitPath(path: string): { parent: string; field: string } {
  const cut = path.lastIndexOf('.');
  return { parent: path.slice(0, cut), field: path.slice(cut + 1) };
}

/** Links for the keys of one block, in order, plus the root most top-level keys share. */
export function linkKeys(paths: string[]): { root: string; links: KeyLink[] } {
  const root = mostCommon(paths.filter((_, i) => findParent(paths, i) === undefined).map((p) => splitPath(p).parent)) ?? '';
  const links = paths.map((path, i): KeyLink => {
    const parentAt = findParent(paths, i);
    const { parent } = splitPath(path);
    if (parentAt === undefined) return parent === root ? {} : { root: parent };
    const via = parent.slice(paths[parentAt]!.length);
    return via ? { up: i - parentAt, via } : { up: i - parentAt };
  });
  return { root, links };
}

/** The nearest earlier key whose path is a prefix of this key's parent path, made only of `[]`/`.*` steps. */
function findParent(paths: string[], i: number): number | undefined {
  const { parent } = splitPath(paths[i]!);
  for (let j = i - 1; j >= 0; j--) {
    const candidate = paths[j]!;
    if (parent === candidate || (parent.startsWith(candidate) && /^(\[\]|\.\*)+$/.test(parent.slice(candidate.length)))) return j;
  }
  return undefined;
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Rebuilds a key's path: the inverse of linkKeys, given each key's own text. */
export function pathOf(index: number, fields: string[], links: KeyLink[], blockRoot: string): string {
  const link = links[index]!;
  if (link.up === undefined) return `${link.root ?? blockRoot}.${fields[index]}`;
  return `${pathOf(index - link.up, fields, links, blockRoot)}${link.via ?? ''}.${fields[index]}`;
}
