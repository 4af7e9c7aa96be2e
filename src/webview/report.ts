// Reads back what the page shows, so the extension (and its tests) can check the rendering against the data:
// the highlighted text and whether it is in view, the article text, and any markup the renderer did not make, which
// would mean that something in a source was parsed or executed instead of shown as text.
import type { RenderReport } from '../shared/protocol';

/** Everything render.ts and reader.html create inside <body>. */
const RENDERED_TAGS = new Set(['main', 'header', 'h1', 'h2', 'p', 'figure', 'figcaption', 'mark', 'span', 'a', 'div', 'ul', 'li']);
const RENDERED_ATTRIBUTES = /^(class|id|role|tabindex|title|hidden|data-[a-z-]+|aria-[a-z]+)$/;

export function readReport(root: HTMLElement, sourceId: string): RenderReport {
  const marks = [...root.querySelectorAll('mark.highlight')];
  return {
    sourceId,
    markText: marks.length ? marks.map(m => m.textContent).join('') : null,
    text: root.textContent ?? '',
    links: [...root.querySelectorAll<HTMLElement>('a.name')].map(a => ({ text: a.textContent ?? '', entityId: a.dataset.entity ?? '' })),
    unexpectedMarkup: unexpectedMarkup(document.body),
    markInView: marks.length ? marks.some(inViewport) : null,
    scrollY: window.scrollY,
  };
}

function inViewport(el: Element): boolean {
  const { top, bottom } = el.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
}

function unexpectedMarkup(body: HTMLElement): string[] {
  const found: string[] = [];
  for (const el of body.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (!RENDERED_TAGS.has(tag)) {
      found.push(`<${tag}>`);
    }
    for (const attr of el.getAttributeNames()) {
      if (!RENDERED_ATTRIBUTES.test(attr)) {
        found.push(`<${tag} ${attr}>`);
      }
    }
  }
  return found;
}
