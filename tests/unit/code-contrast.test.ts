import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bundledThemes } from 'shiki';
import config from '../../astro.config.mjs';
import { contrastRatio } from '../helpers/contrast.ts';

// Every colour a code theme can give text, not only those today's answers happen to use,
// must reach WCAG AA (4.5:1) on the code background and on a highlighted line.
const AA = 4.5;
const themes = config.markdown?.shikiConfig?.themes as Record<'light' | 'dark', string>;
const css = readFileSync(new URL('../../src/styles/code.css', import.meta.url), 'utf8');
const highlight = /\.line\.highlighted\s*\{[^}]*background-color:\s*light-dark\((#[0-9a-f]+),\s*(#[0-9a-f]+)\)/i.exec(css);

interface ThemeJson {
  colors?: Record<string, string>;
  fg?: string;
  bg?: string;
  tokenColors?: { scope?: string | string[]; settings?: { foreground?: string; background?: string } }[];
}

async function textColours(name: string) {
  const theme = ((await bundledThemes[name as keyof typeof bundledThemes]()) as { default: ThemeJson }).default;
  const background = theme.colors?.['editor.background'] ?? theme.bg;
  assert.ok(background, `${name} names no editor background`);
  const colours = new Map<string, string>([[theme.colors?.['editor.foreground'] ?? theme.fg ?? '', 'editor.foreground']]);
  for (const rule of theme.tokenColors ?? []) {
    const fg = rule.settings?.foreground;
    // Rules that paint their own background (diff markers) are judged on it elsewhere; translucent ones are decorations.
    if (!fg || rule.settings?.background || fg.length === 5 || fg.length === 9 && !/ff$/i.test(fg)) continue;
    colours.set(fg, [rule.scope ?? ''].flat().join(', '));
  }
  colours.delete('');
  return { background, colours };
}

test('the site names a light and a dark code theme that Shiki bundles', () => {
  assert.ok(themes?.light && themes?.dark, 'astro.config.mjs markdown.shikiConfig.themes needs light and dark');
  assert.ok(themes.light in bundledThemes, `unknown Shiki theme ${themes.light}`);
  assert.ok(themes.dark in bundledThemes, `unknown Shiki theme ${themes.dark}`);
  assert.ok(highlight, 'src/styles/code.css: .line.highlighted needs background-color: light-dark(#light, #dark)');
});

for (const side of ['light', 'dark'] as const) {
  test(`every token colour of the ${side} code theme reaches 4.5:1 on its background and on a highlighted line`, async () => {
    const { background, colours } = await textColours(themes[side]);
    const tint = highlight![side === 'light' ? 1 : 2]!;
    const failing: string[] = [];
    for (const [colour, scope] of colours) {
      for (const [where, bg] of [['background', background], ['highlighted line', tint]] as const) {
        const ratio = contrastRatio(colour, bg);
        if (ratio < AA) failing.push(`${themes[side]}: ${colour} (${scope.slice(0, 60)}) on ${where} ${bg} is ${ratio.toFixed(2)}:1`);
      }
    }
    assert.deepEqual(failing, []);
  });
}

test('contrast ratios match WCAG reference values', () => {
  assert.equal(contrastRatio('#000', '#fff'), 21);
  assert.equal(contrastRatio('#777777', '#777777'), 1);
  assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54');
  assert.throws(() => contrastRatio('red', '#fff'), /not a hex colour: "red"/);
});
