// Test build only (TEST_BUILD; src/webview/reader.ts attaches it): reports back what the page shows, so the host
// tests can check the rendering against the data — the highlighted text and whether it is in view, the article
// text, and any markup the renderer did not make, which would mean that something in a source was parsed or
// executed instead of shown as text — and lets them follow a link as a keyboard user would.
import { type Look, parseTestToWebview, type RenderReport, type TestFromWebview } from '../shared/testProtocol';
import { unexpectedMarkup } from './unexpectedMarkup';

/** Everything render.ts and reader.html create inside <body>. */
const RENDERED_TAGS = new Set(['main', 'header', 'footer', 'nav', 'section', 'strong', 'button', 'h1', 'h2', 'p', 'figure', 'figcaption', 'mark', 'span', 'a', 'div', 'ul', 'li']);
const RENDERED_ATTRIBUTES = /^(class|id|role|tabindex|title|hidden|data-[a-z-]+|aria-[a-z]+)$/;

/** Answers the tests' messages; returns what to call after each render (it posts a report, so a test can wait for it). */
export function attachTestProbe(webview: { postMessage(message: TestFromWebview): void; getState(): unknown }, root: HTMLElement,
  sourceId: () => string | undefined): () => void {
  const postReport = (request: number | null) => {
    const id = sourceId();
    if (id !== undefined) {
      webview.postMessage({ type: 'rendered', request, report: readReport(root, id, webview.getState()) });
    }
  };
  window.addEventListener('message', event => {
    const message = parseTestToWebview(event.data);
    if (message?.type === 'requestReport') {
      postReport(message.id);
    } else if (message?.type === 'followLink') {
      const link = root.querySelectorAll<HTMLElement>('a.name')[message.index];
      link?.focus(); // scrolls it into view, as tabbing to it does
      link?.click();
    } else if (message?.type === 'pressKey') {
      (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: message.key, bubbles: true }));
    } else if (message?.type === 'selectText') {
      selectText(root, message.start, message.end);
    }
  });
  return () => postReport(null);
}

/** Selects the article's text between two offsets, finding the text nodes from the blocks' `data-start`. */
function selectText(root: HTMLElement, start: number, end: number): void {
  const boundary = (offset: number): [Node, number] | undefined => {
    for (const block of root.querySelectorAll<HTMLElement>('[data-start]')) {
      let at = Number(block.dataset.start);
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (offset <= at + node.data.length && offset >= at) {
          return [node, offset - at];
        }
        at += node.data.length;
      }
    }
    return undefined;
  };
  const from = boundary(start);
  const to = boundary(end);
  if (from && to) {
    const range = document.createRange();
    range.setStart(...from);
    range.setEnd(...to);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  }
}

function readReport(root: HTMLElement, sourceId: string, state: unknown): RenderReport {
  const marks = [...root.querySelectorAll<HTMLElement>('mark.highlight')];
  const quotes: string[] = [];
  for (const mark of marks) {
    const i = Number(mark.dataset.highlight);
    quotes[i] = (quotes[i] ?? '') + mark.textContent;
  }
  const current = marks.filter(m => m.classList.contains('current'));
  return {
    sourceId,
    marks: quotes,
    current: current.length ? Number(current[0].dataset.highlight) : null,
    text: root.textContent ?? '',
    links: [...root.querySelectorAll<HTMLElement>('a.name')].map(a => ({ text: a.textContent ?? '', entityId: a.dataset.entity ?? '' })),
    unexpectedMarkup: unexpectedMarkup(document.body, RENDERED_TAGS, RENDERED_ATTRIBUTES),
    markInView: current.length ? current.some(inViewport) : null,
    scrollY: window.scrollY,
    look: lookOf(root),
    openedFact: shownText('opened-fact'),
    factTip: shownText('fact-tip'),
    state,
  };
}

function lookOf(root: HTMLElement): Look {
  const first: HTMLElement[] = [];
  for (const mark of root.querySelectorAll<HTMLElement>('mark.highlight')) {
    first[Number(mark.dataset.highlight)] ??= mark;
  }
  return {
    theme: document.body.dataset.vscodeThemeId ?? '',
    page: getComputedStyle(document.body).backgroundColor,
    marks: first.map(mark => {
      const style = getComputedStyle(mark);
      return {
        color: style.color, background: style.backgroundColor, outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth, outlineColor: style.outlineColor,
      };
    }),
  };
}

/** The text of a bar, null while it is hidden. */
function shownText(id: string): string | null {
  const el = document.getElementById(id);
  return el && !el.hidden ? el.textContent ?? '' : null;
}

function inViewport(el: Element): boolean {
  const { top, bottom } = el.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
}
