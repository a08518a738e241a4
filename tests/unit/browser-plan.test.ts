import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseBrowserPlan, noBrowserHelp, type MachineFacts } from '../../tools/browser/plan.ts';
import { systemChromium } from '../../tools/browser/chromium.ts';

const linux: MachineFacts = { platform: 'linux', systemBrowser: undefined, cjkFonts: false, hasApt: true, isRoot: true, playwrightBrowser: false };

test('a system Chromium is used as it is, adding only missing Chinese fonts when apt and root allow', () => {
  const plan = chooseBrowserPlan({ ...linux, systemBrowser: '/usr/bin/chromium', cjkFonts: true });
  assert.equal(plan.kind, 'system');
  assert.equal(plan.line, 'browser: using the system Chromium at /usr/bin/chromium');
  const withFonts = chooseBrowserPlan({ ...linux, systemBrowser: '/usr/bin/chromium' });
  assert.deepEqual(withFonts.kind === 'system' && withFonts.installFonts, ['fonts-wqy-microhei']);
  const noRoot = chooseBrowserPlan({ ...linux, systemBrowser: '/usr/bin/chromium', isRoot: false });
  assert.deepEqual(noRoot.kind === 'system' && noRoot.installFonts, []);
});

test('Linux with apt-get and root installs Chromium and the fonts from Debian', () => {
  const plan = chooseBrowserPlan(linux);
  assert.equal(plan.kind, 'apt');
  assert.deepEqual(plan.kind === 'apt' && plan.packages, ['chromium', 'fonts-wqy-microhei']);
  assert.match(plan.line, /installing chromium and fonts-wqy-microhei with apt-get/);
  const fontsThere = chooseBrowserPlan({ ...linux, cjkFonts: true });
  assert.deepEqual(fontsThere.kind === 'apt' && fontsThere.packages, ['chromium']);
});

test('without apt or root, Playwright\'s own browser is used or downloaded', () => {
  assert.equal(chooseBrowserPlan({ ...linux, isRoot: false }).kind, 'playwright-install');
  assert.match(chooseBrowserPlan({ ...linux, isRoot: false }).line, /no root for apt-get/);
  assert.equal(chooseBrowserPlan({ ...linux, hasApt: false }).kind, 'playwright-install');
  assert.equal(chooseBrowserPlan({ ...linux, hasApt: false, playwrightBrowser: true }).kind, 'playwright-present');
  const mac = chooseBrowserPlan({ ...linux, platform: 'darwin', hasApt: false, isRoot: false, cjkFonts: true });
  assert.equal(mac.kind, 'playwright-install');
  assert.equal(chooseBrowserPlan({ ...linux, platform: 'darwin', systemBrowser: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' }).kind, 'system');
});

test('when every path fails, the message says what to install on that platform', () => {
  assert.match(noBrowserHelp('linux', 'apt-get install chromium failed'), /apt-get install chromium fonts-wqy-microhei/);
  assert.match(noBrowserHelp('darwin', 'download failed'), /Google Chrome/);
  assert.match(noBrowserHelp('win32', 'x'), /CHROME_PATH/);
});

test('CHROME_PATH wins over the usual locations, and a missing one is ignored', () => {
  const exists = (p: string) => p === '/opt/chrome' || p === '/usr/bin/chromium-browser';
  assert.equal(systemChromium(exists, { CHROME_PATH: '/opt/chrome' }), '/opt/chrome');
  assert.equal(systemChromium(exists, { CHROME_PATH: '/nowhere' }), '/usr/bin/chromium-browser');
  assert.equal(systemChromium(() => false, {}), undefined);
});
