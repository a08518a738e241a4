import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBrokenLinks, readPage, refreshTarget, pathOfFile, fileOfPath, type BuiltSite } from '../../src/links/dist-links.ts';

const origin = 'http://127.0.0.1:4321';

/** A small built site: two topic pages, a permalink, the home page, an SVG and a stylesheet. */
function site(overrides: Record<string, string> = {}): BuiltSite {
  const markup = new Map(Object.entries({
    'index.html': '<a href="#content">skip</a><main id="content"><a href="/probes/">probes</a><a href="/probes/#probe-types">q</a></main>',
    'probes/index.html': '<nav><a href="#probe-types">toc</a></nav><section><h2 id="probe-types">t</h2><p><a href="/q/startup/">see</a> <a href="/rollout/#max-surge">rollout</a></p></section><a rel="next" href="/rollout/">next</a><svg><use href="/icon.svg#wheel"></use></svg>',
    'rollout/index.html': '<h2 id="max-surge">m</h2><a href="../probes/">relative</a><link rel="stylesheet" href="/_astro/site.css">',
    'q/startup/index.html': `<link rel="canonical" href="${origin}/probes/#probe-types"><meta http-equiv="refresh" content="0; url=/probes/#probe-types">`,
    'icon.svg': '<svg><symbol id="wheel"></symbol></svg>',
    ...overrides,
  }));
  return { markup, files: new Set([...markup.keys(), '_astro/site.css', 'sitemap-index.xml']), origin };
}

test('a site whose links all resolve has no problems', () => {
  assert.deepEqual(findBrokenLinks(site()), []);
});

test('a link inside an answer to a missing permalink names the file, the link and its question', () => {
  const broken = site({ 'probes/index.html': '<h2 id="probe-types">t</h2><div class="answer"><a href="/q/no-such-question/">x</a></div>' });
  assert.deepEqual(findBrokenLinks(broken), [
    'probes/index.html: a[href] "/q/no-such-question/" (under #probe-types) leads to no page: nothing is built at /q/no-such-question/',
  ]);
});

test('a link to an anchor the target page lacks is reported', () => {
  const broken = site({ 'index.html': '<a href="/rollout/#max-unavailable">x</a>' });
  assert.deepEqual(findBrokenLinks(broken), [
    'index.html: a[href] "/rollout/#max-unavailable" points at #max-unavailable, which /rollout/ does not have',
  ]);
});

test('a table-of-contents entry for a missing question on the same page is reported', () => {
  const broken = site({ 'rollout/index.html': '<a href="#gone">toc</a><h2 id="max-surge">m</h2>' });
  assert.match(findBrokenLinks(broken).join('\n'), /rollout\/index\.html: a\[href\] "#gone" points at #gone, which \/rollout\/ does not have/);
});

test('a permalink whose refresh target or canonical moved away is reported', () => {
  const broken = site({ 'q/startup/index.html': `<link rel="canonical" href="${origin}/probes/#startup"><meta http-equiv="refresh" content="0; url=/probes/#startup">` });
  const problems = findBrokenLinks(broken);
  assert.equal(problems.length, 2);
  assert.match(problems[0]!, /^q\/startup\/index\.html: link\[href\] ".*\/probes\/#startup" points at #startup/);
  assert.match(problems[1]!, /^q\/startup\/index\.html: meta\[http-equiv=refresh\] "\/probes\/#startup" points at #startup/);
});

test('a page address without its trailing slash is reported with the fix', () => {
  const broken = site({ 'index.html': '<a href="/rollout">x</a>' });
  assert.deepEqual(findBrokenLinks(broken), ['index.html: a[href] "/rollout" needs a trailing slash: /rollout/']);
});

test('relative links, stylesheets, SVG symbols and prev/next links are followed', () => {
  const broken = site({
    'rollout/index.html': '<h2 id="max-surge">m</h2><a href="../nowhere/">r</a><link rel="stylesheet" href="/_astro/gone.css">',
    'probes/index.html': '<h2 id="probe-types">t</h2><a rel="prev" href="/old-topic/">prev</a><svg><use href="/icon.svg#cog"></use></svg>',
  });
  const problems = findBrokenLinks(broken);
  assert.ok(problems.some((p) => p.startsWith('rollout/index.html: a[href] "../nowhere/"') && p.includes('/nowhere/')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('"/_astro/gone.css"')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('a[href] "/old-topic/"')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('use[href] "/icon.svg#cog" (under #probe-types) points at #cog')), problems.join('\n'));
});

test('an anchor into a file that cannot hold anchors, an empty anchor and a javascript: link are reported', () => {
  const broken = site({ 'index.html': '<a href="/sitemap-index.xml#top">a</a><a href="#">b</a><a href="javascript:void(0)">c</a>' });
  const problems = findBrokenLinks(broken);
  assert.equal(problems.length, 3, problems.join('\n'));
  assert.match(problems[0]!, /cannot hold anchors/);
  assert.match(problems[1]!, /has an empty #anchor/);
  assert.match(problems[2]!, /runs script instead of linking/);
});

test('a duplicated id is reported, because a link to it is ambiguous', () => {
  const broken = site({ 'rollout/index.html': '<h2 id="max-surge">a</h2><h2 id="max-surge">b</h2>' });
  assert.deepEqual(findBrokenLinks(broken), ['rollout/index.html: id "max-surge" is used more than once, so links to #max-surge are ambiguous']);
});

test('other sites, mailto: and absolute links to other origins are not followed', () => {
  const fine = site({ 'index.html': '<a href="https://kubernetes.io/docs/#x">k</a><a href="mailto:a@b.c">m</a><a href="//example.org/y">p</a>' });
  assert.deepEqual(findBrokenLinks(fine), []);
});

test('markup inside comments, scripts and styles is not read as links, and quoted ">" does not end a tag', () => {
  const page = readPage('<!-- <a href="/gone/">x</a> --><script>const s = \'<a href="/gone/">\';</script><style>a[href="/gone/"]{}</style><a title="a > b" href="/ok/">y</a>');
  assert.deepEqual(page.links.map((l) => l.href), ['/ok/']);
});

test('code shown on a page is escaped text, so its attributes are neither ids nor links', () => {
  const page = readPage('<pre><code><span>&lt;a href="/gone/" id="x"&gt;</span></code></pre>');
  assert.deepEqual(page, { ids: [], links: [] });
});

test('entities in addresses are decoded before they are resolved', () => {
  assert.equal(readPage('<a href="/a/?x=1&amp;y=2#q">z</a>').links[0]!.href, '/a/?x=1&y=2#q');
});

test('refresh targets are read with or without quotes', () => {
  assert.equal(refreshTarget('0; url=/a/#b'), '/a/#b');
  assert.equal(refreshTarget("0;URL='/a/'"), '/a/');
  assert.equal(refreshTarget('5'), undefined);
});

test('built files and page addresses map onto each other', () => {
  assert.equal(pathOfFile('index.html'), '/');
  assert.equal(pathOfFile('q/x/index.html'), '/q/x/');
  assert.equal(pathOfFile('404.html'), '/404.html');
  assert.equal(fileOfPath('/'), 'index.html');
  assert.equal(fileOfPath('/q/x/'), 'q/x/index.html');
  assert.equal(fileOfPath('/favicon.svg'), 'favicon.svg');
});

/** The same site built under a base path: files at the root of the build, every address under /handbook/. */
function baseSite(overrides: Record<string, string> = {}): BuiltSite {
  const markup = new Map(Object.entries({
    'index.html': '<a href="/handbook/probes/">probes</a><a href="/handbook/probes/#probe-types">q</a><link rel="stylesheet" href="/handbook/_astro/site.css">',
    'probes/index.html': `<h2 id="probe-types">t</h2><a href="../">home</a><a href="${origin}/handbook/q/startup/">permalink</a>`,
    'q/startup/index.html': '<h1>startup</h1><a href="/handbook/probes/#probe-types">in topic</a>',
    ...overrides,
  }));
  return { markup, files: new Set([...markup.keys(), '_astro/site.css']), origin, base: '/handbook/' };
}

test('under a base path, addresses with the base resolve to the files at the root of the build', () => {
  assert.deepEqual(findBrokenLinks(baseSite()), []);
});

test('under a base path, an address that leaves out the base is reported with the address to write', () => {
  const broken = baseSite({ 'index.html': '<a href="/probes/">probes</a><script src="/_astro/site.js"></script>' });
  assert.deepEqual(findBrokenLinks(broken), [
    `index.html: a[href] "/probes/" leads outside the site's base path /handbook/: /probes/ (write /handbook/probes/)`,
    `index.html: script[src] "/_astro/site.js" leads outside the site's base path /handbook/: /_astro/site.js (write /handbook/_astro/site.js)`,
  ]);
});

test('under a base path, missing pages and anchors are still found', () => {
  const broken = baseSite({ 'q/startup/index.html': '<a href="/handbook/probes/#gone">x</a><a href="/handbook/q/none/">y</a>' });
  assert.deepEqual(findBrokenLinks(broken), [
    'q/startup/index.html: a[href] "/handbook/probes/#gone" points at #gone, which /handbook/probes/ does not have',
    'q/startup/index.html: a[href] "/handbook/q/none/" leads to no page: nothing is built at /handbook/q/none/',
  ]);
});
