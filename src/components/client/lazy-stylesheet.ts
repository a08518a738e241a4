const linked = new Map<string, Promise<void>>();

/**
 * Links a stylesheet the first time a feature is used, so pages that never use it do not carry it.
 * Resolves once the sheet applies, or failed to load: the feature then works unstyled. Each address
 * is linked once, however often it is asked for.
 */
export function linkStylesheet(href: string): Promise<void> {
  let applied = linked.get(href);
  if (!applied) {
    applied = new Promise((resolve) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.addEventListener('load', () => resolve());
      link.addEventListener('error', () => resolve());
      document.head.append(link);
    });
    linked.set(href, applied);
  }
  return applied;
}
