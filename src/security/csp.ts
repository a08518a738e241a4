import { createHash } from 'node:crypto';

/** The CSP source expression that allows one inline script or style whose text is exactly `source`. */
export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * The site's Content-Security-Policy. Everything comes from the site itself; the only inline
 * scripts allowed are those whose hashes are given. Pagefind compiles its WebAssembly search
 * engine, which browsers allow only with 'wasm-unsafe-eval' (it permits WebAssembly compilation,
 * not JavaScript eval). Styles allow 'unsafe-inline' because Shiki colours code through inline
 * `style` attributes: allowing those by hash would need 'unsafe-hashes' and one hash per distinct
 * attribute, known only after the page body is rendered, below this policy. Inline styles cannot
 * run script.
 */
export function contentSecurityPolicy(inlineScripts: string[]): string {
  const hashes = inlineScripts.map(cspHash);
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
