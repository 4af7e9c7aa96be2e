// Test build only (TEST_BUILD; src/webview/reader.ts attaches it): reports back what the page shows, so the host
// tests can check the rendering against the data — the highlighted text and whether it is in view, the article
// text, and any markup the renderer did not make, which would mean that something in a source was parsed or
// executed instead of shown as text — and lets them follow a link as a keyboard user would.
import { parseTestToWebview, type RenderReport, type TestFromWebview } from '../shared/testProtocol';
import { unexpectedMarkup } from './unexpectedMarkup';

/** Everything render.ts and reader.html create inside <body>. */
const RENDERED_TAGS = new Set(['main', 'header', 'h1', 'h2', 'p', 'figure', 'figcaption', 'mark', 'span', 'a', 'div', 'ul', 'li']);
const RENDERED_ATTRIBUTES = /^(class|id|role|tabindex|title|hidden|data-[a-z-]+|aria-[a-z]+)$/;

/** Answers the tests' messages; returns what to call after each render (it posts a report, so a test can wait for it). */
export function attachTestProbe(webview: { postMessage(message: TestFromWebview): void; getState(): unknown }, root: HTMLElement,
  sourceId: () => string | undefined): () => void {
  const postReport = () => {
    const id = sourceId();
    if (id !== undefined) {
      webview.postMessage({ type: 'rendered', report: readReport(root, id, webview.getState()) });
    }
  };
  window.addEventListener('message', event => {
    const message = parseTestToWebview(event.data);
    if (message?.type === 'requestReport') {
      postReport();
    } else if (message?.type === 'followLink') {
      const link = root.querySelectorAll<HTMLElement>('a.name')[message.index];
      link?.focus(); // scrolls it into view, as tabbing to it does
      link?.click();
    }
  });
  return postReport;
}

function readReport(root: HTMLElement, sourceId: string, state: unknown): RenderReport {
  const marks = [...root.querySelectorAll('mark.highlight')];
  return {
    sourceId,
    markText: marks.length ? marks.map(m => m.textContent).join('') : null,
    text: root.textContent ?? '',
    links: [...root.querySelectorAll<HTMLElement>('a.name')].map(a => ({ text: a.textContent ?? '', entityId: a.dataset.entity ?? '' })),
    unexpectedMarkup: unexpectedMarkup(document.body, RENDERED_TAGS, RENDERED_ATTRIBUTES),
    markInView: marks.length ? marks.some(inViewport) : null,
    scrollY: window.scrollY,
    state,
  };
}

function inViewport(el: Element): boolean {
  const { top, bottom } = el.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
}
