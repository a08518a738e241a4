/**
 * Every address the site writes for itself. Pages and components build links here, so one setting
 * (BASE_PATH) moves the whole site under a sub-path; content keeps writing `/q/<id>/` and gets the
 * base from src/markdown/rehype-base-links.ts.
 */
import { BASE_PATH, REPOSITORY_BRANCH, REPOSITORY_URL, SITE_URL } from '../config.ts';

/** A site path (`/q/pods/`, `/`) under the base path: `/handbook/q/pods/`. */
export function withBase(path: string, base = BASE_PATH): string {
  if (!path.startsWith('/')) throw new Error(`withBase: "${path}" is not a site path starting with /`);
  return `${base.replace(/\/$/, '')}${path}`;
}

/** The inverse of withBase: the site path of an address under the base, or undefined when it is outside it. */
export function withoutBase(pathname: string, base = BASE_PATH): string | undefined {
  if (base === '/') return pathname;
  if (pathname === base.slice(0, -1)) return '/';
  return pathname.startsWith(base) ? pathname.slice(base.length - 1) : undefined;
}

export const homeHref = () => withBase('/');
export const topicHref = (topic: string) => withBase(`/${topic}/`);
/** A question's own page, the permalink that survives the question moving to another topic. */
export const questionPageHref = (id: string) => withBase(`/q/${id}/`);
/** A question inside its topic page, where a reader has the questions around it. */
export const questionAnchorHref = (topic: string, id: string) => withBase(`/${topic}/#${id}`);
export const questionListHref = () => withBase('/questions/');

/** An address on the configured origin, for canonical links, social previews and copied links. */
export function absoluteUrl(href: string, site = SITE_URL): string {
  return new URL(href, site).href;
}

/** The repository page of a source file, or undefined when no repository is configured. */
export function sourceFileUrl(file: string, repository = REPOSITORY_URL, branch = REPOSITORY_BRANCH): string | undefined {
  if (!repository) return undefined;
  return `${repository}/blob/${encodeURIComponent(branch).replace(/%2F/g, '/')}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
