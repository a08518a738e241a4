/**
 * Checks an internal link as an author wrote it in an answer, against what content/ will build:
 * `/q/<id>/`, `/<topic>/`, `/<topic>/#<id>`, and the site's own pages. Pure, so it is unit-tested;
 * the remark plugin and `npm run check:content` run it on every link.
 */
import { closest } from '../k8s/suggest.ts';
import type { ContentIndex } from './content-index.ts';

/** Pages that are not built from content/ but always exist. */
export const SITE_PAGES = ['/'];

export interface LinkVerdict {
  message: string;
  hint?: string;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Returns what is wrong with `href`, or undefined when it leads somewhere that will exist. */
export function checkSourceLink(href: string, index: ContentIndex, currentTopic?: string): LinkVerdict | undefined {
  if (EXTERNAL.test(href)) return undefined;
  const [pathPart = '', hash] = href.split('#', 2) as [string, string | undefined];
  const pathname = pathPart.split('?')[0]!;
  if (pathname === '') {
    // `#id` within the current topic page.
    if (!hash || !currentTopic) return undefined;
    return anchorVerdict(href, currentTopic, hash, index);
  }
  if (!pathname.startsWith('/')) {
    return { message: `link "${href}" is relative`, hint: 'link questions as /q/<id>/ and topics as /<topic>/' };
  }
  if (!pathname.endsWith('/')) {
    return { message: `link "${href}" lacks the trailing slash`, hint: `write ${pathname}/${hash ? `#${hash}` : ''}` };
  }
  const q = /^\/q\/([^/]+)\/$/.exec(pathname);
  if (q) {
    const id = q[1]!;
    if (index.questions.has(id)) return hash ? { message: `link "${href}" has an anchor, but a question page is the question`, hint: `write /q/${id}/` } : undefined;
    const guess = closest(id, index.questions.keys());
    return { message: `link "${href}" names no question${guess ? ` (did you mean "/q/${guess}/"?)` : ''}`, hint: guess ? `write /q/${guess}/` : 'a question id is the file name under content/questions/<topic>/' };
  }
  if (SITE_PAGES.includes(pathname)) return undefined;
  const t = /^\/([^/]+)\/$/.exec(pathname);
  if (t && index.topics.has(t[1]!)) return hash ? anchorVerdict(href, t[1]!, hash, index) : undefined;
  const guess = t ? closest(t[1]!, index.topics) : undefined;
  return { message: `link "${href}" leads to no page${guess ? ` (did you mean "/${guess}/"?)` : ''}`, hint: guess ? `write /${guess}/${hash ? `#${hash}` : ''}` : 'internal links go to /q/<id>/ or /<topic>/' };
}

function anchorVerdict(href: string, topic: string, hash: string, index: ContentIndex): LinkVerdict | undefined {
  const id = decodeURIComponent(hash);
  const home = index.questions.get(id);
  if (home === topic) return undefined;
  if (home) return { message: `link "${href}": question "${id}" is in topic "${home}", not "${topic}"`, hint: `write /q/${id}/` };
  const guess = closest(id, [...index.questions].filter(([, t]) => t === topic).map(([q]) => q));
  return { message: `link "${href}": no question "${id}" on /${topic}/${guess ? ` (did you mean "#${guess}"?)` : ''}`, hint: guess ? `write /${topic}/#${guess}` : `write /q/<id>/ for a question` };
}
