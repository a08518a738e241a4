/**
 * Reads the deploy settings from their environment variables. Pure, so each rule is unit-tested;
 * src/config.ts applies them. Every error names the variable, the value and what would work.
 */

const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

/** SITE_URL: an http(s) origin. A path belongs in BASE_PATH, so it is refused here rather than half-used. */
export function parseSiteUrl(value: string | undefined): string {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not an absolute URL; write it like https://handbook.example.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL "${raw}" must start with https:// or http://`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL "${raw}" has a path; set SITE_URL=${url.origin} and BASE_PATH=${url.pathname}`);
  }
  return url.origin;
}

/** BASE_PATH: `handbook`, `/handbook` and `/handbook/` all mean `/handbook/`; empty means the root. */
export function parseBasePath(value: string | undefined): string {
  const raw = value?.trim() ?? '';
  const segments = raw.split('/').filter(Boolean);
  for (const segment of segments) {
    if (segment === '.' || segment === '..' || !/^[A-Za-z0-9._~-]+$/.test(segment)) {
      throw new Error(`BASE_PATH "${raw}" has the segment "${segment}"; use letters, digits, ".", "_", "~" and "-", e.g. /handbook/`);
    }
  }
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/** REPOSITORY_URL: empty, or an http(s) address without a trailing slash. */
export function parseRepositoryUrl(value: string | undefined): string {
  const raw = value?.trim() ?? '';
  if (!raw) return '';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`REPOSITORY_URL "${raw}" is not an absolute URL; write it like https://github.com/org/kube-handbook`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`REPOSITORY_URL "${raw}" must start with https:// or http://`);
  return url.href.replace(/\/+$/, '');
}
