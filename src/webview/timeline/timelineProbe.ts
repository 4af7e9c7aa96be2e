// Test build only (TEST_BUILD; timeline.ts attaches it): reports what the timeline drew, read back from its DOM, and
// presses keys and clicks marks for the host tests as a user would.
import type { TimelineLayout } from '../../core/timeline';
import { parseTimelineTestToWebview, type TimelineReport, type TimelineTestFromWebview } from '../../shared/timelineTestProtocol';
import { unexpectedMarkup } from '../unexpectedMarkup';

/** Everything draw.ts and the timeline's HTML create inside <body>. */
const DRAWN_TAGS = new Set(['header', 'h1', 'h2', 'p', 'div', 'span', 'button', 'label', 'input', 'fieldset', 'legend', 'details', 'summary',
  'ul', 'li', 'section', 'aside', 'blockquote', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'main', 'kbd']);
const DRAWN_ATTRIBUTES = /^(class|id|role|tabindex|title|hidden|type|checked|scope|style|data-[a-z-]+|aria-[a-z]+)$/;

export function attachTimelineProbe(webview: { postMessage(message: TimelineTestFromWebview): void; getState(): unknown },
  shown: () => { title: string; layout: TimelineLayout } | undefined): () => void {
  const postReport = () => {
    const current = shown();
    if (current) {
      webview.postMessage({ type: 'timelineRendered', report: readReport(current.title, current.layout.events.length, webview.getState() as TimelineReport['state']) });
    }
  };
  window.addEventListener('message', event => {
    const message = parseTimelineTestToWebview(event.data);
    if (message?.type === 'requestTimelineReport') {
      postReport();
    } else if (message?.type === 'pressKey') {
      const target = message.markKey === null ? document.querySelector<HTMLElement>('.mark[tabindex="0"]')
        : document.querySelector<HTMLElement>(`.mark[data-key="${CSS.escape(message.markKey)}"]`);
      target?.focus();
      (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: message.key, bubbles: true }));
      postReport();
    } else if (message?.type === 'clickMark') {
      document.querySelector<HTMLElement>(`.mark[data-key="${CSS.escape(message.markKey)}"]`)?.click();
    }
  });
  return postReport;
}

function readReport(title: string, layoutEvents: number, state: TimelineReport['state']): TimelineReport {
  const focused = document.activeElement instanceof HTMLElement && document.activeElement.classList.contains('mark') ? document.activeElement.dataset.key ?? null : null;
  return {
    title,
    layoutEvents,
    marks: [...document.querySelectorAll<HTMLElement>('.mark[data-key]')].map(m => ({
      key: m.dataset.key!, statementId: m.dataset.statement!, classes: [...m.classList],
      left: parseFloat(m.style.left), width: parseFloat(m.style.width), lane: m.parentElement?.getAttribute('aria-label') ?? '',
    })),
    focused,
    tableRows: [...document.querySelectorAll<HTMLElement>('#chronology-rows button[data-statement]')].map(b => b.dataset.statement!),
    undated: [...document.querySelectorAll<HTMLElement>('#undated-list li')].map(li => li.dataset.statement!),
    unexpectedMarkup: unexpectedMarkup(document.body, DRAWN_TAGS, DRAWN_ATTRIBUTES),
    state,
  };
}
