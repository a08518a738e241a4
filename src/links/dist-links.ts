import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { withBase, withoutBase } from '../handbook/urls.ts';

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

/** The target of `<meta http-equiv="refresh" content="0; url=…">`, if any. */
export function refreshTarget(content: string): string | undefined {
  const m = /^\s*\d*\.?\d*\s*[;,]\s*url\s*=\s*(['"]?)(.+?)\1\s*$/i.exec(content);
  return m?.[2];
}

const HREF_TAGS = new Set(['a', 'area', 'link', 'use', 'image']);
const SRC_TAGS = new Set(['script', 'img', 'iframe', 'source', 'audio', 'video', 'embed']);

function text(value: unknown): string | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/**
 * Reads the ids a page defines and the addresses it links to (HTML or SVG), with the HTML
 * parser browsers use (parse5, through hast), so comments, scripts and entities are handled as a browser would.
 */
export function readPage(markup: string, isSvg = false): PageFacts {
  const tree = fromHtml(markup, isSvg ? { fragment: true, space: 'svg' } : {});
  const ids: string[] = [];
  const links: Link[] = [];
  let under: string | undefined;
  visit(tree, 'element', (node: Element) => {
    const tag = node.tagName.toLowerCase();
    const props = node.properties ?? {};
    const id = text(props.id);
    if (id !== undefined) ids.push(id);
    if (tag === 'a' && props.name !== undefined) ids.push(text(props.name)!);
    if (tag === 'h2' && id) under = id;
    const add = (attr: string, href: string | undefined) => {
      if (href !== undefined) links.push({ source: `${tag}[${attr}]`, href, under });
    };
    if (HREF_TAGS.has(tag)) add('href', text(props.href) ?? text(props.xLinkHref));
    if (SRC_TAGS.has(tag)) add('src', text(props.src));
    if (tag === 'form' && props.action !== undefined) add('action', text(props.action));
    if (tag === 'meta' && text(props.httpEquiv)?.toLowerCase() === 'refresh') {
      add('http-equiv=refresh', refreshTarget(text(props.content) ?? '') ?? '');
    }
  });
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
  /**
   * The path the site is served under (`/` or `/handbook/`). Built files sit at the root of the build
   * folder, but every address on a page must carry the base to reach them.
   */
  base?: string;
  /** The content file a question id comes from, so a problem names the file to fix. */
  sourceOf?: (questionId: string) => string | undefined;
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
      f = readPage(site.markup.get(file) ?? '', file.endsWith('.svg'));
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
    const base = new URL(withBase(pathOfFile(file), site.base ?? '/'), site.origin);
    for (const link of page.links) {
      const source = link.under ? site.sourceOf?.(link.under) : undefined;
      const where = `${source ? `${source} → ` : ''}${file}: ${link.source} "${link.href}"${link.under ? ` (under #${link.under})` : ''}`;
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
  const basePath = site.base ?? '/';
  const sitePath = withoutBase(url.pathname, basePath);
  if (sitePath === undefined) return `leads outside the site's base path ${basePath}: ${url.pathname} (write ${withBase(url.pathname, basePath)})`;
  const file = fileOfPath(sitePath);
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
