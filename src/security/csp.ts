import { createHash } from 'node:crypto';

/** The CSP source expression that allows one inline script or style whose text is exactly `source`. */
export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * The site's Content-Security-Policy. Everything comes from the site itself; the only inline
 * scripts allowed are those whose hashes are given. Pagefind compiles its WebAssembly search
 * engine, which browsers allow only with 'wasm-unsafe-eval' (it permits WebAssembly compilation,
 * not JavaScript eval). Styles come only from the site's stylesheets: code is coloured by classes
 * (src/markdown/shiki-class-colours.ts), so no inline `style` attribute or element is needed.
 */
export function contentSecurityPolicy(inlineScripts: string[]): string {
  const hashes = inlineScripts.map(cspHash);
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' '),
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The same policy as a response header, plus what only a header can carry: `frame-ancestors`, which
 * a <meta> policy ignores, so no other site can frame the handbook.
 */
export function headerContentSecurityPolicy(inlineScripts: string[]): string {
  return `${contentSecurityPolicy(inlineScripts)}; frame-ancestors 'none'`;
}

/** Response headers for hosts that can set them (see “部署” in README.md), in the `_headers` file format. */
export function hostHeadersFile(inlineScripts: string[], base: string): string {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${headerContentSecurityPolicy(inlineScripts)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
