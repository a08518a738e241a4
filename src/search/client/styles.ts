import searchStyles from '../search.css?url';

let applied: Promise<void> | undefined;

/**
 * Links the search stylesheet the first time search is used (the dialog, or the marks on a page opened
 * from a result), so pages that are only read do not carry it. Resolves once the sheet applies, or
 * failed to load: an unstyled dialog still works.
 *
 * The field-doc popover links its stylesheet the same way (field-docs/client/popover.ts). One shared
 * helper would become a chunk of its own that both lazily loaded chunks depend on, and the bundler
 * would then write its preload list into the scripts every page runs first: about 0.2 KB before any
 * interaction, for ten lines.
 */
export function loadSearchStyles(): Promise<void> {
  applied ??= new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = searchStyles;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
  return applied;
}
