// What the timeline shows at a moment, derived from the layout and the state: the events the filters let through
// and the window onto them. Pure functions, so zooming, panning and filtering share one rule each.
import { filteredEvents, marksInView, type Mark, type TimelineEvent, type TimelineLayout } from '../../core/timeline';
import type { TimelineState } from '../../shared/timelineProtocol';

/** The most marks drawn at once; denser windows are clustered (core/timeline/viewport.ts). */
export const MARK_CAP = 600;
/** The most chronology rows listed at once; the rest are a zoom away. */
export const TABLE_CAP = 500;
/** The narrowest window: about a month. */
const MIN_WINDOW = 30 * 86_400_000;

export function visibleEvents(layout: TimelineLayout, state: TimelineState): TimelineEvent[] {
  return filteredEvents(layout, state.hiddenStatuses, state.hiddenTypes);
}

export function windowOf(layout: TimelineLayout, state: TimelineState): [number, number] {
  return state.window ?? layout.domain;
}

export function marksFor(layout: TimelineLayout, state: TimelineState): Mark[] {
  const [from, to] = windowOf(layout, state);
  return marksInView({ ...layout, events: visibleEvents(layout, state) }, from, to, MARK_CAP);
}

/** The window scaled by `factor` (< 1 zooms in) around `at`, kept inside the domain and no narrower than a month. */
export function zoomed(layout: TimelineLayout, window: [number, number], factor: number, at = (window[0] + window[1]) / 2): [number, number] | null {
  const [d0, d1] = layout.domain;
  const width = Math.min(d1 - d0, Math.max(MIN_WINDOW, (window[1] - window[0]) * factor));
  if (width >= d1 - d0) {
    return null;
  }
  const share = (at - window[0]) / (window[1] - window[0]);
  return clamp(layout, at - share * width, width);
}

/** The window moved by `fraction` of its width (negative: earlier), kept inside the domain. */
export function panned(layout: TimelineLayout, window: [number, number], fraction: number): [number, number] | null {
  const width = window[1] - window[0];
  return width >= layout.domain[1] - layout.domain[0] ? null : clamp(layout, window[0] + fraction * width, width);
}

function clamp(layout: TimelineLayout, start: number, width: number): [number, number] {
  const [d0, d1] = layout.domain;
  const from = Math.min(Math.max(start, d0), d1 - width);
  return [from, from + width];
}
