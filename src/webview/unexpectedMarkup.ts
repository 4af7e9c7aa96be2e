// Test build only (imported by the webviews' probes): the elements and attributes in a document that its renderer
// does not make, which would mean that something in the data was parsed as markup instead of shown as text.

export function unexpectedMarkup(body: HTMLElement, tags: ReadonlySet<string>, attributes: RegExp): string[] {
  const found: string[] = [];
  for (const el of body.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (!tags.has(tag)) {
      found.push(`<${tag}>`);
    }
    for (const attr of el.getAttributeNames()) {
      if (!attributes.test(attr)) {
        found.push(`<${tag} ${attr}>`);
      }
    }
  }
  return found;
}
