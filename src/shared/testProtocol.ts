// Test build only (TEST_BUILD): the messages the host tests exchange with the reader webview, beside its real
// protocol (protocol.ts). The webview reports what it rendered, read back from its DOM, so a test can check the
// rendering against the data; the shipped bundles contain none of this.
import { arrayOf, isObject, isScroll, isString } from './protocol';

export interface RenderReport {
  sourceId: string;
  /** textContent of the highlight's <mark> elements, joined; null when nothing is highlighted. */
  markText: string | null;
  /** textContent of the whole article, header included. */
  text: string;
  /** The name links, in order: their text and the entity they reveal. */
  links: { text: string; entityId: string }[];
  /** Elements or attributes in the document the renderer does not make (always empty unless something injected markup). */
  unexpectedMarkup: string[];
  /** Whether the highlight shows in the viewport (null: no highlight), and how far the page is scrolled. */
  markInView: boolean | null;
  scrollY: number;
  /** The webview's own getState(): what VS Code hands the serializer after a reload. */
  state: unknown;
}

export type TestToWebview =
  | { type: 'requestReport' }
  /** Focus and click the index-th name link (RenderReport.links order), as a keyboard user would. */
  | { type: 'followLink'; index: number };

export type TestFromWebview = { type: 'rendered'; report: RenderReport };

function isRenderReport(v: unknown): v is RenderReport {
  return isObject(v) && isString(v.sourceId) && (v.markText === null || isString(v.markText))
    && isString(v.text) && arrayOf(isString)(v.unexpectedMarkup)
    && (v.markInView === null || typeof v.markInView === 'boolean') && isScroll(v.scrollY)
    && arrayOf((l): l is RenderReport['links'][number] => isObject(l) && isString(l.text) && isString(l.entityId))(v.links);
}

export function parseTestToWebview(v: unknown): TestToWebview | undefined {
  if (!isObject(v)) {
    return undefined;
  }
  switch (v.type) {
    case 'requestReport':
      return { type: 'requestReport' };
    case 'followLink':
      return Number.isInteger(v.index) && (v.index as number) >= 0 ? { type: 'followLink', index: v.index as number } : undefined;
    default:
      return undefined;
  }
}

export function parseTestFromWebview(v: unknown): TestFromWebview | undefined {
  return isObject(v) && v.type === 'rendered' && isRenderReport(v.report) ? { type: 'rendered', report: v.report } : undefined;
}
