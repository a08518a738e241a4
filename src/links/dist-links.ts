/**
 * Finds broken internal links and anchors in a built site. Pure functions over file contents,
 * so the rules are unit-tested without a build; src/links/integration.ts feeds them dist/.
 */

export interface Link {
  /** The element and attribute the link came from, e.g. `a[href]`. */
  source: string;
  /** The address as written, entities decoded. */
  href: string;
  /** The id of the question (h2) the link sits under, to point authors at the right file. */
  under?: string;
}

export interface PageFacts {
  ids: string[];
  links: Link[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// One start tag with its attributes; quoted values may contain '>'.
const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

/** The target of `<meta http-equiv="refresh" content="0; url=…">`, if any. */
export function refreshTarget(content: string): string | undefined {
  const m = /^\s*\d*\.?\d*\s*[;,]\s*url\s*=\s*(['"]?)(.+?)\1\s*$/i.exec(content);
  return m?.[2];
}

/** Reads the ids a page defines and the addresses it links to (HTML or SVG). */
export function readPage(markup: string): PageFacts {
  // Text inside comments, scripts and styles is not markup; code samples are already escaped.
  const text = markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3');
  const ids: string[] = [];
  const links: Link[] = [];
  let under: string | undefined;
  for (const m of text.matchAll(TAG)) {
    const tag = m[1]!.toLowerCase();
    const attrs = attributes(m[2] ?? '');
    const id = attrs.get('id');
    if (id !== undefined) ids.push(id);
    if (tag === 'a' && attrs.has('name')) ids.push(attrs.get('name')!);
    if (tag === 'h2' && id) under = id;
    const add = (attr: string, href: string | undefined) => {
      if (href !== undefined) links.push({ source: `${tag}[${attr}]`, href, under });
    };
    if (['a', 'area', 'link', 'use', 'image'].includes(tag)) add('href', attrs.get('href') ?? attrs.get('xlink:href'));
    if (['script', 'img', 'iframe', 'source', 'audio', 'video', 'embed'].includes(tag)) add('src', attrs.get('src'));
    if (tag === 'form' && attrs.has('action')) add('action', attrs.get('action'));
    if (tag === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
      add('http-equiv=refresh', refreshTarget(attrs.get('content') ?? '') ?? '');
    }
  }
  return { ids, links };
}

/** The page address a built file is served at: `a/index.html` → `/a/`, `404.html` → `/404.html`. */
export function pathOfFile(file: string): string {
  const clean = file.split('\\').join('/').replace(/^\/+/, '');
  if (clean === 'index.html') return '/';
  if (clean.endsWith('/index.html')) return `/${clean.slice(0, -'index.html'.length)}`;
  return `/${clean}`;
}

/** The built file that serves an address: `/a/` → `a/index.html`, `/x.svg` → `x.svg`. */
export function fileOfPath(pathname: string): string {
  const clean = decodeURIComponent(pathname).replace(/^\/+/, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

export interface BuiltSite {
  /** Every file in the build, by path relative to its root. */
  files: Set<string>;
  /** The markup of the HTML and SVG files, which are the only ones that can hold anchors. */
  markup: Map<string, string>;
  /** The origin the site is deployed at; absolute links to it count as internal. */
  origin: string;
}

/**
 * Every internal link in the site that leads nowhere: a missing page or file, a missing
 * `#anchor`, or a page address without its trailing slash. Each problem names the file the
 * link is in, the link, the question it sits under and what is wrong.
 */
export function findBrokenLinks(site: BuiltSite): string[] {
  const facts = new Map<string, PageFacts>();
  const factsOf = (file: string) => {
    let f = facts.get(file);
    if (!f) {
      f = readPage(site.markup.get(file) ?? '');
      facts.set(file, f);
    }
    return f;
  };
  const idSets = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let s = idSets.get(file);
    if (!s) {
      s = new Set(factsOf(file).ids);
      idSets.set(file, s);
    }
    return s;
  };

  const problems: string[] = [];
  for (const file of [...site.markup.keys()].sort()) {
    const page = factsOf(file);
    const seen = new Set<string>();
    for (const id of page.ids) {
      if (seen.has(id)) problems.push(`${file}: id "${id}" is used more than once, so links to #${id} are ambiguous`);
      seen.add(id);
    }
    const base = new URL(pathOfFile(file), site.origin);
    for (const link of page.links) {
      const where = `${file}: ${link.source} "${link.href}"${link.under ? ` (under #${link.under})` : ''}`;
      const problem = checkLink(link.href, base, site, idsOf);
      if (problem) problems.push(`${where} ${problem}`);
    }
  }
  return problems;
}

function checkLink(href: string, base: URL, site: BuiltSite, idsOf: (file: string) => Set<string>): string | undefined {
  const trimmed = href.trim();
  if (trimmed === '') return 'is empty';
  if (/^javascript:/i.test(trimmed)) return 'runs script instead of linking';
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return 'is not a valid address';
  }
  if (url.origin !== site.origin) return undefined; // another site, or mailto:/tel:
  const file = fileOfPath(url.pathname);
  if (!site.files.has(file)) {
    if (site.files.has(`${file}/index.html`)) return `needs a trailing slash: ${url.pathname}/`;
    return `leads to no page: nothing is built at ${url.pathname}`;
  }
  if (!url.hash && !trimmed.endsWith('#')) return undefined;
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor === '') return 'has an empty #anchor';
  if (!site.markup.has(file)) return `points at #${anchor} in ${url.pathname}, which cannot hold anchors`;
  if (!idsOf(file).has(anchor)) return `points at #${anchor}, which ${url.pathname} does not have`;
  return undefined;
}
