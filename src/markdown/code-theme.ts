/**
 * The two code themes and every colour they can give text, read from Shiki's own theme files.
 * Both the class-colour transformer and the stylesheet that defines those classes come from here,
 * so a colour used in a page always has a rule.
 */
import { bundledThemes } from 'shiki';
import { LAYER_ORDER } from '../styles/layers.ts';

export const CODE_THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-default' } as const;

export interface ThemePalette {
  foreground: string;
  background: string;
  /** Every text colour the theme's rules can produce, lowercase `#rrggbb` or `#rrggbbaa`. */
  colours: string[];
}

interface ThemeJson {
  colors?: Record<string, string>;
  fg?: string;
  bg?: string;
  tokenColors?: { settings?: { foreground?: string } }[];
}

/** `#ABC`/`#AABBCC`/`#AABBCCFF` → lowercase, with an opaque alpha dropped, as Shiki writes them. */
export function normaliseColour(colour: string): string {
  let c = colour.trim().toLowerCase();
  if (/^#[0-9a-f]{3}$/.test(c)) c = `#${[...c.slice(1)].map((d) => d + d).join('')}`;
  if (/^#[0-9a-f]{8}$/.test(c) && c.endsWith('ff')) c = c.slice(0, 7);
  return c;
}

export async function themePalette(name: string): Promise<ThemePalette> {
  const theme = ((await bundledThemes[name as keyof typeof bundledThemes]()) as { default: ThemeJson }).default;
  const foreground = normaliseColour(theme.colors?.['editor.foreground'] ?? theme.fg ?? '#000000');
  const background = normaliseColour(theme.colors?.['editor.background'] ?? theme.bg ?? '#ffffff');
  const colours = new Set([foreground]);
  for (const rule of theme.tokenColors ?? []) {
    if (rule.settings?.foreground) colours.add(normaliseColour(rule.settings.foreground));
  }
  return { foreground, background, colours: [...colours].sort() };
}

/** The class that gives a token its colour in one theme: `l024c1a` (light) or `d7ee787` (dark). */
export function colourClass(side: 'light' | 'dark', colour: string): string {
  return `${side[0]}${normaliseColour(colour).slice(1)}`;
}

/**
 * The stylesheet for code colours: each class sets one custom property, and every token takes
 * `light-dark()` of the two, so code follows the page's colour scheme with no inline styles.
 */
export async function codeColoursCss(): Promise<string> {
  const light = await themePalette(CODE_THEMES.light);
  const dark = await themePalette(CODE_THEMES.dark);
  const rules = [
    `.astro-code{--cl:${light.foreground};--cd:${dark.foreground};background-color:light-dark(${light.background},${dark.background})}`,
    '.astro-code,.astro-code span{color:light-dark(var(--cl),var(--cd))}',
    ...light.colours.map((c) => `.${colourClass('light', c)}{--cl:${c}}`),
    ...dark.colours.map((c) => `.${colourClass('dark', c)}{--cd:${c}}`),
  ];
  // The order statement first: whichever stylesheet a page loads first fixes the order of the layers.
  return `${LAYER_ORDER}\n@layer code{${rules.join('')}}\n`;
}
