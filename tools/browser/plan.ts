// Decides how `npm test` gets a browser on this machine. Pure: the facts come in, a plan comes out,
// so every path is unit-tested without touching the machine.

export interface MachineFacts {
  platform: NodeJS.Platform;
  /** A system Chromium/Chrome that exists, if any. */
  systemBrowser: string | undefined;
  /** Whether the Chinese fonts screenshots need are installed (only checked on Linux). */
  cjkFonts: boolean;
  /** `apt-get` is on the PATH. */
  hasApt: boolean;
  /** Running as root, so apt-get can install without sudo. */
  isRoot: boolean;
  /** Playwright's own Chromium is already downloaded. */
  playwrightBrowser: boolean;
}

export type BrowserPlan =
  | { kind: 'system'; browser: string; installFonts: string[]; line: string }
  | { kind: 'apt'; packages: string[]; line: string }
  | { kind: 'playwright-present'; line: string }
  | { kind: 'playwright-install'; line: string };

export const APT_BROWSER = 'chromium';
export const APT_FONTS = 'fonts-wqy-microhei';

export function chooseBrowserPlan(m: MachineFacts): BrowserPlan {
  const canApt = m.platform === 'linux' && m.hasApt && m.isRoot;
  if (m.systemBrowser) {
    const installFonts = m.platform === 'linux' && !m.cjkFonts && canApt ? [APT_FONTS] : [];
    const fonts = installFonts.length ? `; installing ${APT_FONTS} with apt-get for Chinese text` : '';
    return { kind: 'system', browser: m.systemBrowser, installFonts, line: `browser: using the system Chromium at ${m.systemBrowser}${fonts}` };
  }
  if (canApt) {
    return {
      kind: 'apt',
      packages: [APT_BROWSER, ...(m.cjkFonts ? [] : [APT_FONTS])],
      line: `browser: no system Chromium; installing ${APT_BROWSER}${m.cjkFonts ? '' : ` and ${APT_FONTS}`} with apt-get (about a minute)`,
    };
  }
  if (m.playwrightBrowser) return { kind: 'playwright-present', line: "browser: using Playwright's own Chromium, already downloaded" };
  if (m.platform === 'linux' && m.hasApt && !m.isRoot) {
    // Without root, apt can't help; Playwright's download is the one path left.
    return { kind: 'playwright-install', line: "browser: no system Chromium and no root for apt-get; downloading Playwright's Chromium (npx playwright install chromium)" };
  }
  return { kind: 'playwright-install', line: "browser: no system Chromium; downloading Playwright's Chromium (npx playwright install chromium)" };
}

/** What to tell a person when every path failed: the commands that would fix it on their machine. */
export function noBrowserHelp(platform: NodeJS.Platform, reason: string): string {
  const how = platform === 'darwin'
    ? 'install Google Chrome, or run `npx playwright install chromium` where the download is allowed'
    : platform === 'linux'
      ? 'run `sudo apt-get install chromium fonts-wqy-microhei` (Debian/Ubuntu), or `npx playwright install --with-deps chromium`, or set CHROME_PATH to a Chromium binary'
      : 'install Google Chrome or Chromium and set CHROME_PATH to it, or run `npx playwright install chromium`';
  return `browser: no browser for the end-to-end tests (${reason}). To fix: ${how}.`;
}
