/**
 * A site path (`/practice/`, `/q/pods/`) under the base path, for code that runs in the browser, where
 * src/config.ts cannot be read: Vite writes the base into import.meta.env.BASE_URL at build time.
 * Server-side code uses withBase from urls.ts, which reads the same setting.
 */
export function sitePath(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;
}
