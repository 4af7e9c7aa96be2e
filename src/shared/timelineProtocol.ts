// The timeline's message protocol between the extension (src/timeline) and its webview (src/webview/timeline).
// As with the reader, each side validates what it receives and drops what does not match; the extension sends the
// layout as data (src/core/timeline), never markup.
import type { TimelineEvent, TimelineLayout, UndatedEvent } from '../core/timeline';
import { STATEMENT_TYPES, type StatementStatus } from '../core/model';
import { arrayOf, isObject, isStatus, isString } from './protocol';

export const TIMELINE_VIEW_TYPE = 'dprkAtlas.timeline';


/** What a timeline panel shows and how; persisted by the webview (setState) and handed back to the serializer. */
export interface TimelineState {
  /** The entities whose statements it shows; empty for all. */
  entityIds: string[];
  /** The visible time window, ms since epoch; null for the whole domain. */
  window: [number, number] | null;
  /** The selected event's key (TimelineEvent.key), if any. */
  selected: string | null;
  /** Statuses and types filtered out. */
  hiddenStatuses: StatementStatus[];
  hiddenTypes: string[];
}

export type ToTimeline =
  | { type: 'show'; title: string; layout: TimelineLayout; state: TimelineState }
  /** Rasterize this SVG (the view as Export SVG makes it) at `scale`, for Export PNG; answered by `png` or `pngFailed`. */
  | { type: 'renderPng'; requestId: number; svg: string; scale: number };

export type FromTimeline =
  | { type: 'ready' }
  | { type: 'openPassage'; statementId: string }
  | { type: 'state'; state: TimelineState }
  /** The Export SVG and Export PNG buttons: the extension writes the current view to a file the user picks. */
  | { type: 'exportSvg' }
  | { type: 'exportPng' }
  | { type: 'png'; requestId: number; data: Uint8Array }
  | { type: 'pngFailed'; requestId: number; reason: string };

/** The PNG signature: what a `png` message's bytes must start with. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Larger than any view makes (a 2400-pixel-wide image of 200 lanes is a few MB): anything bigger is refused. */
const MAX_PNG_BYTES = 32 * 1024 * 1024;
/** The most a view's SVG is scaled by. */
const MAX_SCALE = 4;

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 8.64e15;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isType = (v: unknown): v is keyof typeof STATEMENT_TYPES => isString(v) && Object.hasOwn(STATEMENT_TYPES, v);
const isWindow = (v: unknown): v is [number, number] => Array.isArray(v) && v.length === 2 && isTime(v[0]) && isTime(v[1]) && v[0] < v[1];

function isEvent(v: unknown, lanes: number): v is TimelineEvent {
  return isObject(v) && isString(v.key) && isString(v.statementId) && isCount(v.lane) && (v.lane as number) < lanes && isCount(v.row)
    && ['instant', 'span', 'as-of'].includes(v.shape as string) && isTime(v.start) && isTime(v.end) && (v.start as number) <= (v.end as number)
    && isBool(v.openStart) && isBool(v.openEnd) && isBool(v.fuzzyStart) && isBool(v.fuzzyEnd) && isStatus(v.status) && isType(v.type)
    && isString(v.summary) && isString(v.dateLabel) && isString(v.dateText) && isString(v.quote) && arrayOf(isString)(v.conflictsWith);
}

const isUndated = (v: unknown): v is UndatedEvent => isObject(v) && isString(v.statementId) && isString(v.summary)
  && arrayOf(isString)(v.lanes) && isStatus(v.status) && isType(v.type) && isString(v.quote) && (v.note === undefined || isString(v.note));

function isLayout(v: unknown): v is TimelineLayout {
  if (!isObject(v) || !isWindow(v.domain) || !Array.isArray(v.lanes) || !Array.isArray(v.events)) {
    return false;
  }
  const lanes = v.lanes.length;
  return v.lanes.every(l => isObject(l) && isString(l.id) && isString(l.label) && isCount(l.rows))
    && v.events.every(e => isEvent(e, lanes)) && arrayOf(isUndated)(v.undated);
}

export function isTimelineState(v: unknown): v is TimelineState {
  return isObject(v) && arrayOf(isString)(v.entityIds) && (v.window === null || isWindow(v.window))
    && (v.selected === null || isString(v.selected)) && arrayOf(isStatus)(v.hiddenStatuses) && arrayOf(isString)(v.hiddenTypes);
}

export function parseToTimeline(v: unknown): ToTimeline | undefined {
  if (isObject(v) && v.type === 'renderPng') {
    return isCount(v.requestId) && isString(v.svg) && typeof v.scale === 'number' && v.scale > 0 && v.scale <= MAX_SCALE
      ? { type: 'renderPng', requestId: v.requestId, svg: v.svg, scale: v.scale } : undefined;
  }
  return isObject(v) && v.type === 'show' && isString(v.title) && isLayout(v.layout) && isTimelineState(v.state)
    ? { type: 'show', title: v.title, layout: v.layout, state: v.state } : undefined;
}

/** PNG bytes as a webview posts them (a Uint8Array, or its ArrayBuffer), if they are one within the size limit. */
function pngBytes(v: unknown): Uint8Array | undefined {
  const bytes = v instanceof Uint8Array ? v : v instanceof ArrayBuffer ? new Uint8Array(v) : undefined;
  return bytes && bytes.length > PNG_SIGNATURE.length && bytes.length <= MAX_PNG_BYTES && PNG_SIGNATURE.every((b, i) => bytes[i] === b)
    ? bytes : undefined;
}

export function parseFromTimeline(v: unknown): FromTimeline | undefined {
  if (!isObject(v)) {
    return undefined;
  }
  switch (v.type) {
    case 'ready':
      return { type: 'ready' };
    case 'openPassage':
      return isString(v.statementId) ? { type: 'openPassage', statementId: v.statementId } : undefined;
    case 'state':
      return isTimelineState(v.state) ? { type: 'state', state: v.state } : undefined;
    case 'exportSvg':
      return { type: 'exportSvg' };
    case 'exportPng':
      return { type: 'exportPng' };
    case 'png': {
      const data = pngBytes(v.data);
      return isCount(v.requestId) && data ? { type: 'png', requestId: v.requestId, data } : undefined;
    }
    case 'pngFailed':
      return isCount(v.requestId) && isString(v.reason) ? { type: 'pngFailed', requestId: v.requestId, reason: v.reason } : undefined;
    default:
      return undefined;
  }
}
