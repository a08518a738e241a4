// Where a Chromium for tests, screenshots and benchmarks comes from, and how it is launched.
// Shared by playwright.config.ts, the benchmarks, the screenshot tool and the browser set-up step.
import { existsSync } from 'node:fs';

/** System browsers tried in order; CHROME_PATH (if set) wins. Debian's `chromium` comes first. */
export const SYSTEM_BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The first system Chromium that exists, or undefined (then Playwright's own browser is used). */
export function systemChromium(exists: (path: string) => boolean = existsSync, env = process.env): string | undefined {
  if (env.CHROME_PATH && exists(env.CHROME_PATH)) return env.CHROME_PATH;
  return SYSTEM_BROWSER_PATHS.find((path) => exists(path));
}

// Containers run as root without a usable sandbox or /dev/shm of any size, and have no GPU.
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu',
  '--disable-background-networking', '--disable-component-update'];

/** Launch options for Playwright's `chromium.launch`: the system browser where there is one. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = systemChromium();
  return executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS };
}
