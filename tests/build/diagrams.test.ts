// A real build of the fixture site: a mermaid fence becomes an inline SVG figure in the topic
// page, themed by classes from a linked stylesheet, with no inline style, script or web font.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fixtureSite, buildSite } from '../helpers/site-copy.ts';

test('the diagram in the fixture is drawn at build time as an accessible, class-styled SVG', { timeout: 180_000 }, () => {
  const site = fixtureSite();
  try {
    const { status, output } = buildSite(site.dir);
    assert.equal(status, 0, output);
    const dist = path.join(site.dir, 'dist');
    const html = readFileSync(path.join(dist, 'basics/index.html'), 'utf8');
    const figure = /<figure class="diagram">[\s\S]*?<\/figure>/.exec(html)?.[0];
    assert.ok(figure, 'the topic page holds a diagram figure');
    assert.match(figure, /<figcaption id="dg-second-question-1-title">kubectl 查看 Pod 的路径<\/figcaption>/);
    assert.match(figure, /<svg viewBox="0 0 \d+ \d+" width="\d+" height="\d+" role="img" aria-labelledby="dg-second-question-1-title" aria-details="dg-second-question-1-desc">/);
    assert.match(figure, /<ol id="dg-second-question-1-desc" class="diagram-desc">\s*<li>kubectl 向 kube-apiserver 发送 <code>GET<\/code> 请求。<\/li>/);
    assert.match(figure, /<text[^>]*class="f-ink">kube-apiserver<\/text>/);
    assert.doesNotMatch(figure, /\sstyle=|<style|<script|@import|fonts\.googleapis|mermaid/);
    assert.doesNotMatch(html, /```mermaid|language-mermaid/, 'the fence is not left as a code block');

    // The page links the diagram stylesheet; the home page does not.
    const sheets = (page: string) => [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    const diagramSheet = sheets(html).find((href) => readFileSync(path.join(dist, href), 'utf8').includes('.diagram .f-ink{fill:var(--text)}'));
    assert.ok(diagramSheet, `no stylesheet of ${sheets(html).join(', ')} styles the diagram`);
    assert.ok(!sheets(readFileSync(path.join(dist, 'index.html'), 'utf8')).includes(diagramSheet));
    assert.ok(readdirSync(path.join(dist, '_astro')).every((f) => !/mermaid|elk/i.test(f)), 'no renderer code ships to the browser');
  } finally {
    site.remove();
  }
});
