/**
 * Site-wide facts, in one place. Everything here is read at build time (never shipped to the browser),
 * so deploy-time settings may come from the environment.
 */

export const SITE_NAME = 'Kubernetes 面试手册';

/** The Kubernetes minor version the handbook and its API schema track (kubernetes-models@5). */
export const KUBERNETES_VERSION = '1.36';

/** Difficulty levels, easiest first; a question's `difficulty` must be one of them. */
export const DIFFICULTIES = ['入门', '进阶', '深入'] as const;

/** The origin the site is served from: canonical links, the sitemap and shared links use it. */
export const SITE_URL = process.env.SITE_URL || 'http://127.0.0.1:4321';

/**
 * The repository holding this site's sources, e.g. `https://github.com/org/kube-handbook`.
 * Empty means "not published": links to edit a page or report an error are then left out.
 */
export const REPOSITORY_URL = process.env.REPOSITORY_URL || '';
