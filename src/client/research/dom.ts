/** Builds elements from text: content never passes through an HTML parser here. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

const sheets = new Map<string, Promise<void>>();

/**
 * Adds a stylesheet to the page once and resolves when it has loaded (or
 * failed: the content is readable unstyled). The panel and card styles come
 * this way, on first use, so pages do not carry them up front.
 */
export function loadStylesheet(href: string): Promise<void> {
  let loaded = sheets.get(href);
  if (!loaded) {
    loaded = new Promise<void>((resolve) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.addEventListener('load', () => resolve());
      link.addEventListener('error', () => resolve());
      document.head.append(link);
    });
    sheets.set(href, loaded);
  }
  return loaded;
}
