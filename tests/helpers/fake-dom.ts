// A minimal stand-in for the browser's document, enough for code that builds nodes with
// createElement/createTextNode/append/textContent. Writing `innerHTML` throws: code under test
// must build text as text, never parse it as markup.

export class FakeNode {
  children: FakeNode[] = [];
  className = '';
  href = '';
  private ownText = '';
  readonly nodeName: string;
  constructor(nodeName: string) {
    this.nodeName = nodeName;
  }
  append(...nodes: FakeNode[]) {
    for (const node of nodes) {
      if (node.nodeName === '#fragment') this.children.push(...node.children);
      else this.children.push(node);
    }
  }
  get textContent(): string {
    return this.nodeName === '#text' ? this.ownText : this.children.map((c) => c.textContent).join('');
  }
  set textContent(value: string) {
    if (this.nodeName === '#text') this.ownText = value;
    else this.children = [text(value)];
  }
  set innerHTML(_value: string) {
    throw new Error(`innerHTML written on <${this.nodeName}>: markup must never be parsed`);
  }
  /** Tag names in document order, e.g. ['li', 'a', 'span', '#text', …]. */
  tags(): string[] {
    return [this.nodeName, ...this.children.flatMap((c) => c.tags())];
  }
}

function text(value: string): FakeNode {
  const node = new FakeNode('#text');
  node.textContent = value;
  return node;
}

/** Installs the fake as `globalThis.document` for the duration of `fn`. */
export function withFakeDocument<T>(fn: () => T): T {
  const saved = (globalThis as { document?: unknown }).document;
  (globalThis as { document?: unknown }).document = {
    createElement: (tag: string) => new FakeNode(tag.toLowerCase()),
    createTextNode: text,
    createDocumentFragment: () => new FakeNode('#fragment'),
  };
  try {
    return fn();
  } finally {
    (globalThis as { document?: unknown }).document = saved;
  }
}
