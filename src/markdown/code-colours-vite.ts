import type { Plugin } from 'vite';
import { codeColoursCss } from './code-theme.ts';

export const CODE_COLOURS_MODULE = 'virtual:kube-handbook/code-colours.css';
const RESOLVED = `\0${CODE_COLOURS_MODULE}`;

/** Serves the code-colour stylesheet, generated from the themes, as an importable CSS module. */
export function codeColoursStylesheet(): Plugin {
  return {
    name: 'kube-handbook:code-colours',
    resolveId: (id) => (id === CODE_COLOURS_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? codeColoursCss() : undefined),
  };
}
