// The one way the webviews make elements: tag, text as a text node, attributes as attributes. No string is ever
// parsed as HTML (test/unit/shippedCode.test.ts checks the bundles).

export function element(tag: string, text?: string, attributes: Record<string, string> = {}): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    el.setAttribute(name, value);
  }
  if (text !== undefined) {
    el.textContent = text;
  }
  return el;
}
