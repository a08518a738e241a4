import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LAYER_ORDER } from '../../src/styles/layers.ts';
import { codeColoursCss } from '../../src/markdown/code-theme.ts';

const SRC = new URL('../../src/', import.meta.url).pathname;

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(file);
    return entry.name.endsWith('.css') ? [file] : [];
  });
}

/** The first statement of a stylesheet, comments left out. */
function firstStatement(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '').trim().split(/[;{]/)[0]!.trim() + ';';
}

test('every stylesheet in src/ opens with the layer order, so no load order can rank reset above components', () => {
  const files = stylesheets(SRC);
  assert.ok(files.length >= 10, `found only ${files.length} stylesheets under src/`);
  const wrong = files
    .filter((file) => firstStatement(readFileSync(file, 'utf8')) !== LAYER_ORDER)
    .map((file) => `${path.relative(SRC, file)} opens with "${firstStatement(readFileSync(file, 'utf8')).slice(0, 60)}"`);
  assert.deepEqual(wrong, [], `each must open with ${LAYER_ORDER}`);
});

test('the generated code colours open with the same layer order', async () => {
  assert.equal(firstStatement(await codeColoursCss()), LAYER_ORDER);
});

test('the order is the one global.css declares, and names the layers the stylesheets use', () => {
  const global = readFileSync(path.join(SRC, 'styles/global.css'), 'utf8');
  assert.equal(firstStatement(global), LAYER_ORDER);
  const named = new Set(LAYER_ORDER.replace(/^@layer |;$/g, '').split(/,\s*/));
  for (const file of stylesheets(SRC)) {
    for (const [, layer] of readFileSync(file, 'utf8').matchAll(/@layer (\w+)\s*\{/g)) {
      assert.ok(named.has(layer!), `${path.relative(SRC, file)} uses @layer ${layer}, which the order does not name`);
    }
  }
});
