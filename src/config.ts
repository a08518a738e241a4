/**
 * Site-wide facts, in one place. Everything here is read at build time (never shipped to the browser),
 * so deploy-time settings come from the environment: SITE_URL, BASE_PATH, REPOSITORY_URL and
 * REPOSITORY_BRANCH (see “部署” in README.md). A bad value stops the build, naming the variable.
 */
import { parseBasePath, parseRepositoryUrl, parseSiteUrl } from './deploy-settings.ts';

export const SITE_NAME = 'Kubernetes 面试手册';

/** The Kubernetes minor version the handbook and its API schema track (kubernetes-models@5). */
export const KUBERNETES_VERSION = '1.36';

/** Difficulty levels, easiest first; a question's `difficulty` must be one of them. */
export const DIFFICULTIES = ['入门', '进阶', '深入'] as const;

/**
 * The origin the site is served from, e.g. `https://handbook.example.org`: canonical links, social
 * previews, the sitemap, robots.txt and copied links use it.
 */
export const SITE_URL = parseSiteUrl(process.env.SITE_URL);

/**
 * The path the site lives under on that origin, always with slashes at both ends: `/` at the root,
 * `/handbook/` for a GitHub Pages project site served at `https://org.github.io/handbook/`.
 */
export const BASE_PATH = parseBasePath(process.env.BASE_PATH);

/**
 * The repository holding this site's sources, e.g. `https://github.com/org/kube-handbook`.
 * Empty means "not published": links to edit a page or report an error are then left out.
 */
export const REPOSITORY_URL = parseRepositoryUrl(process.env.REPOSITORY_URL);

/** The branch those links point at. */
export const REPOSITORY_BRANCH = process.env.REPOSITORY_BRANCH || 'main';
