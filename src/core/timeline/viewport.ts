// What the webview draws for a time window: the events in view, or, where a lane holds more than its share of a
// cap, clusters that count them, so a dense period costs a bounded number of DOM nodes at any zoom.
import type { TimelineEvent, TimelineLayout } from './model';

export interface Cluster {
  lane: number;
  start: number;
  end: number;
  count: number;
  /** The first event in it, which Enter or a click selects (the reader opens it; zooming in splits the cluster). */
  first: TimelineEvent;
}

/** The events whose status and type no filter hides. */
export function filteredEvents(layout: TimelineLayout, hiddenStatuses: readonly string[], hiddenTypes: readonly string[]): TimelineEvent[] {
  const statuses = new Set(hiddenStatuses);
  const types = new Set(hiddenTypes);
  return layout.events.filter(ev => !statuses.has(ev.status) && !types.has(ev.type));
}

export type Mark = { kind: 'event'; event: TimelineEvent } | { kind: 'cluster'; cluster: Cluster };

/** The marks for [from, to): each lane's events that overlap it, clustered in equal bins when more than `cap / lanes`. */
export function marksInView(layout: TimelineLayout, from: number, to: number, cap: number): Mark[] {
  const perLane = Math.max(1, Math.floor(cap / Math.max(1, layout.lanes.length)));
  const byLane = layout.lanes.map((): TimelineEvent[] => []);
  for (const ev of layout.events) {
    if (ev.start < to && ev.end > from) {
      byLane[ev.lane].push(ev);
    }
  }
  return byLane.flatMap((events, lane): Mark[] => events.length <= perLane
    ? events.map(event => ({ kind: 'event', event }))
    : clustered(events, lane, from, to, perLane));
}

/** `bins` equal bins of the window; an event counts in the bin its visible start falls in. */
function clustered(events: readonly TimelineEvent[], lane: number, from: number, to: number, bins: number): Mark[] {
  const width = (to - from) / bins;
  const groups = new Map<number, TimelineEvent[]>();
  for (const ev of events) {
    const bin = Math.min(bins - 1, Math.floor((Math.max(ev.start, from) - from) / width));
    const list = groups.get(bin) ?? [];
    list.push(ev);
    groups.set(bin, list);
  }
  return [...groups].sort(([a], [b]) => a - b).map(([bin, list]): Mark => list.length === 1
    ? { kind: 'event', event: list[0] }
    : { kind: 'cluster', cluster: { lane, start: from + bin * width, end: from + (bin + 1) * width, count: list.length, first: list[0] } });
}
