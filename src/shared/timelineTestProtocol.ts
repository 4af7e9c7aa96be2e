// Test build only (TEST_BUILD): the messages the host tests exchange with the timeline webview, beside its real
// protocol (timelineProtocol.ts). The webview reports what it drew, read back from its DOM; the shipped bundles
// contain none of this.
import { arrayOf, isObject, isString } from './protocol';
import { isTimelineState, type TimelineState } from './timelineProtocol';

export interface DrawnMark {
  key: string;
  statementId: string;
  /** The mark's classes: shape, status, fuzzy and open ends, conflict. */
  classes: string[];
  /** Position and width in % of the track. */
  left: number;
  width: number;
  lane: string;
}

export interface TimelineReport {
  title: string;
  /** How many events the layout the webview holds has: tells a redraw with new data from an earlier report. */
  layoutEvents: number;
  /** Marks in keyboard order (lane by lane, each by start). */
  marks: DrawnMark[];
  /** data-key of the focused mark, if a mark has focus. */
  focused: string | null;
  /** The chronology table's rows (statement ids) and the undated list's. */
  tableRows: string[];
  undated: string[];
  /** Elements or attributes the renderer does not make. */
  unexpectedMarkup: string[];
  state: TimelineState;
}

export type TimelineTestToWebview =
  | { type: 'requestTimelineReport' }
  /** Focus the mark with this key (or the chart's tab stop when null) and press a key on it, as a keyboard user. */
  | { type: 'pressKey'; key: string; markKey: string | null }
  | { type: 'clickMark'; markKey: string };

export type TimelineTestFromWebview = { type: 'timelineRendered'; report: TimelineReport };

const isMark = (v: unknown): v is DrawnMark => isObject(v) && isString(v.key) && isString(v.statementId) && arrayOf(isString)(v.classes)
  && typeof v.left === 'number' && typeof v.width === 'number' && isString(v.lane);

export function parseTimelineTestToWebview(v: unknown): TimelineTestToWebview | undefined {
  if (!isObject(v)) {
    return undefined;
  }
  switch (v.type) {
    case 'requestTimelineReport':
      return { type: 'requestTimelineReport' };
    case 'pressKey':
      return isString(v.key) && (v.markKey === null || isString(v.markKey)) ? { type: 'pressKey', key: v.key, markKey: v.markKey } : undefined;
    case 'clickMark':
      return isString(v.markKey) ? { type: 'clickMark', markKey: v.markKey } : undefined;
    default:
      return undefined;
  }
}

export function parseTimelineTestFromWebview(v: unknown): TimelineTestFromWebview | undefined {
  if (!isObject(v) || v.type !== 'timelineRendered' || !isObject(v.report)) {
    return undefined;
  }
  const r = v.report;
  return isString(r.title) && Number.isSafeInteger(r.layoutEvents) && arrayOf(isMark)(r.marks) && (r.focused === null || isString(r.focused)) && arrayOf(isString)(r.tableRows)
    && arrayOf(isString)(r.undated) && arrayOf(isString)(r.unexpectedMarkup) && isTimelineState(r.state)
    ? { type: 'timelineRendered', report: r as unknown as TimelineReport } : undefined;
}
