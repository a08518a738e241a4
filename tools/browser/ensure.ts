// `npm test` runs this first (the `pretest` script): find or provide a Chromium for the end-to-end tests,
// print one line saying which path it took, and stop with instructions if there is no way to get one.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { systemChromium } from './chromium.ts';
import { chooseBrowserPlan, noBrowserHelp, type MachineFacts } from './plan.ts';

function succeeds(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function hasCjkFonts(): boolean {
  const run = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return run.status === 0 && run.stdout.trim() !== '';
}

function playwrightBrowserPresent(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

function facts(): MachineFacts {
  return {
    platform: process.platform,
    systemBrowser: systemChromium(),
    cjkFonts: process.platform !== 'linux' || hasCjkFonts(),
    hasApt: process.platform === 'linux' && succeeds('sh', ['-c', 'command -v apt-get']),
    isRoot: process.getuid?.() === 0,
    playwrightBrowser: playwrightBrowserPresent(),
  };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  return spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
}

function aptInstall(packages: string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return run('apt-get', ['update', '-qq'], env)
    && run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages, 'fontconfig'], env);
}

function fail(reason: string): never {
  console.error(noBrowserHelp(process.platform, reason));
  process.exit(1);
}

const plan = chooseBrowserPlan(facts());
console.log(plan.line);
switch (plan.kind) {
  case 'system':
    // Fonts only matter for how screenshots look; a failed install is worth a warning, not a stop.
    if (plan.installFonts.length && !aptInstall(plan.installFonts)) console.warn(`browser: could not install ${plan.installFonts.join(' ')}; Chinese may render as boxes in screenshots`);
    break;
  case 'apt':
    if (!aptInstall(plan.packages) || !systemChromium()) fail('apt-get install chromium failed');
    break;
  case 'playwright-install':
    if (!run(process.execPath, [new URL(import.meta.resolve('@playwright/test/cli')).pathname, 'install', 'chromium']) || !playwrightBrowserPresent()) {
      fail("Playwright's browser download failed");
    }
    break;
  case 'playwright-present':
    break;
}
