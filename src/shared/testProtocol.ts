// Test build only (TEST_BUILD): the messages the host tests exchange with the reader webview, beside its real
// protocol (protocol.ts). The webview reports what it rendered, read back from its DOM, so a test can check the
// rendering against the data; the shipped bundles contain none of this.
import { arrayOf, isObject, isScroll, isString } from './protocol';

export interface RenderReport {
  sourceId: string;
  /** textContent of each highlighted quote (its <mark> elements joined), in the order of the state's highlights. */
  marks: string[];
  /** Index of the quote marked current; null when none is. */
  current: number | null;
  /** textContent of the whole article, header included. */
  text: string;
  /** The name links, in order: their text and the entity they reveal. */
  links: { text: string; entityId: string }[];
  /** Elements or attributes in the document the renderer does not make (always empty unless something injected markup). */
  unexpectedMarkup: string[];
  /** Whether the current quote shows in the viewport (null: none), and how far the page is scrolled. */
  markInView: boolean | null;
  scrollY: number;
  /** The text of the bar showing the opened fact, and of the hovered passage's facts; null while hidden. */
  openedFact: string | null;
  factTip: string | null;
  /** The colours the page shows (getComputedStyle), so a test can measure contrast in each theme. */
  look: Look;
  /** The webview's own getState(): what VS Code hands the serializer after a reload. */
  state: unknown;
}

export interface Look {
  /** The theme VS Code says the webview shows (body data-vscode-theme-id), '' when it says none. */
  theme: string;
  /** The page's background-color. */
  page: string;
  /** Per highlighted quote (RenderReport.marks order), its first <mark>'s computed style. */
  marks: { color: string; background: string; outlineStyle: string; outlineWidth: string; outlineColor: string }[];
}

export type TestToWebview =
  /** `id` comes back in the report, so an answer to an earlier request is not taken for this one's. */
  | { type: 'requestReport'; id: number }
  /** Focus and click the index-th name link (RenderReport.links order), as a keyboard user would. */
  | { type: 'followLink'; index: number }
  /** A key pressed with the focus in the page, e.g. 'n'. */
  | { type: 'pressKey'; key: string }
  /** Select the article's text from `start` to `end` (offsets in ReaderArticle.text), as a drag of the mouse would. */
  | { type: 'selectText'; start: number; end: number };

/** `request`: the id of the request answered; null for the report each render posts unasked. */
export type TestFromWebview = { type: 'rendered'; request: number | null; report: RenderReport };

function isRenderReport(v: unknown): v is RenderReport {
  return isObject(v) && isString(v.sourceId) && arrayOf(isString)(v.marks)
    && (v.current === null || (Number.isInteger(v.current) && (v.current as number) >= 0))
    && isString(v.text) && arrayOf(isString)(v.unexpectedMarkup)
    && (v.markInView === null || typeof v.markInView === 'boolean') && isScroll(v.scrollY) && isObject(v.look)
    && (v.openedFact === null || isString(v.openedFact)) && (v.factTip === null || isString(v.factTip))
    && arrayOf((l): l is RenderReport['links'][number] => isObject(l) && isString(l.text) && isString(l.entityId))(v.links);
}

export function parseTestToWebview(v: unknown): TestToWebview | undefined {
  if (!isObject(v)) {
    return undefined;
  }
  switch (v.type) {
    case 'requestReport':
      return Number.isSafeInteger(v.id) ? { type: 'requestReport', id: v.id as number } : undefined;
    case 'followLink':
      return Number.isInteger(v.index) && (v.index as number) >= 0 ? { type: 'followLink', index: v.index as number } : undefined;
    case 'pressKey':
      return isString(v.key) ? { type: 'pressKey', key: v.key } : undefined;
    case 'selectText':
      return Number.isSafeInteger(v.start) && Number.isSafeInteger(v.end) ? { type: 'selectText', start: v.start as number, end: v.end as number } : undefined;
    default:
      return undefined;
  }
}

export function parseTestFromWebview(v: unknown): TestFromWebview | undefined {
  return isObject(v) && v.type === 'rendered' && (v.request === null || Number.isSafeInteger(v.request)) && isRenderReport(v.report)
    ? { type: 'rendered', request: v.request as number | null, report: v.report } : undefined;
}
