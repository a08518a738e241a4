import searchStyles from '../search.css?url';

let applied: Promise<void> | undefined;

/**
 * Links the search stylesheet the first time search is used (the dialog, or the marks on a page opened
 * from a result), so pages that are only read do not carry it. Resolves once the sheet applies, or
 * failed to load: an unstyled dialog still works.
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
