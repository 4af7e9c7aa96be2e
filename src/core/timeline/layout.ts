// Statements → a timeline layout (vscode-free, linear in the number of statements but for one near-sorted sort):
// one lane per country, EDTF dates as marks of their own width with their uncertainty, open ends to the edge.
import { byCountry, countryGroupName } from '../countryGroups';
import { compareStatementsByDate, type FactBase } from '../factBase';
import { statementDateLabel } from '../format';
import type { ResolvedDate, Statement } from '../model';
import type { TimelineEvent, TimelineLane, TimelineLayout, UndatedEvent } from './model';

/** The resolver's stand-in for an open end (the Date range's limit). */
const OPEN_END = 8.64e15;
const DAY = 86_400_000;
/** Overlapping marks get their own row up to this many; a dense lane beyond it is aggregated when drawn. */
export const MAX_ROWS = 6;

export interface LayoutOptions {
  /** Fraction of the domain a mark occupies at least when rows are assigned (an instant still needs room). */
  minExtent?: number;
}

export function layoutTimeline(fb: FactBase, statements: readonly Statement[], { minExtent = 0.015 }: LayoutOptions = {}): TimelineLayout {
  // Only for the few statements that conflict with others, which must be in this timeline to be linked.
  let inTimeline: Set<string> | undefined;
  const shown = (id: string) => (inTimeline ??= new Set(statements.map(st => st.id))).has(id);
  // Many statements share a date: what a date draws as (its label, shape, ends) is worked out once per date.
  const marks = new Map<string, DateMark>();
  const markOf = (st: Statement) => {
    const key = st.date ? st.date.edtf : `as of ${st.asOf!.edtf}`; // not user text: a cache key
    let mark = marks.get(key);
    if (mark === undefined) {
      mark = dateMark(st);
      marks.set(key, mark);
    }
    return mark;
  };
  // A lane at a time: its dates widen the domain first, in a loop short enough that the processor fetches many
  // statements from memory at once (at 100,000 they are not in the cache; the layout is a tenth faster for it),
  // then its events are made with those statements at hand. Open ends are moved to the domain's edge after.
  const extent = new Extent();
  const lanes: TimelineLane[] = [];
  const laneStarts: number[] = [];
  const events: TimelineEvent[] = [];
  const openEnded: TimelineEvent[] = [];
  const undatedLanes = new Map<string, string[]>();
  for (const group of byCountry(fb, statements)) {
    const label = countryGroupName(fb, group.countryId);
    const laneId = group.countryId ?? '';
    const keyPrefix = `${laneId}/`;
    const first = events.length;
    for (const st of group.statements) {
      extent.add(st.date ?? st.asOf);
    }
    for (const st of group.statements) {
      const date = st.date ?? st.asOf;
      if (date) {
        const mark = markOf(st);
        const ev = eventOf(st, lanes.length, keyPrefix, mark, shown);
        events.push(ev);
        if (mark.openStart || mark.openEnd) {
          openEnded.push(ev);
        }
      } else {
        undatedLanes.set(st.id, [...(undatedLanes.get(st.id) ?? []), label]);
      }
    }
    if (events.length > first) {
      lanes.push({ id: laneId, label, rows: 0 });
      laneStarts.push(first);
    }
  }
  const domain = extent.domain();
  for (const ev of openEnded) {
    ev.start = ev.openStart ? domain[0] : ev.start;
    ev.end = ev.openEnd ? domain[1] : ev.end;
  }
  lanes.forEach((lane, i) => {
    lane.rows = assignRows(events.slice(laneStarts[i], laneStarts[i + 1]), minExtent * (domain[1] - domain[0]));
  });
  const undated: UndatedEvent[] = (undatedLanes.size ? statements.filter(st => undatedLanes.has(st.id)) : []).map(st => ({
    statementId: st.id, summary: st.summary, lanes: undatedLanes.get(st.id)!, status: st.status, type: st.type,
    quote: st.evidence[0]?.quote ?? '', ...(st.note ? { note: st.note } : {}),
  }));
  return { domain, lanes, events, undated };
}

/** The span of the finite dates added. */
class Extent {
  private min = Infinity;
  private max = -Infinity;

  add(date: ResolvedDate | undefined): void {
    if (date) {
      this.widen(date.min);
      this.widen(date.max);
    }
  }

  private widen(t: number): void {
    if (Math.abs(t) < OPEN_END) {
      this.min = Math.min(this.min, t);
      this.max = Math.max(this.max, t);
    }
  }

  /** The span with a 3% margin each side (a year either way for a single date). */
  domain(): [number, number] {
    if (this.min > this.max) {
      return [Date.UTC(1945, 0, 1), Date.UTC(2025, 0, 1)];
    }
    const margin = Math.max((this.max - this.min) * 0.03, 365 * DAY);
    return [this.min - margin, this.max + margin];
  }
}

/** What a date draws as: the same for every statement with that EDTF date (their words for it may differ). */
type DateMark = Pick<TimelineEvent, 'shape' | 'start' | 'end' | 'openStart' | 'openEnd' | 'fuzzyStart' | 'fuzzyEnd' | 'dateLabel'>;

function dateMark(st: Statement): DateMark {
  const date = (st.date ?? st.asOf)!;
  const [from, to = from] = date.edtf.split('/');
  const openStart = date.min <= -OPEN_END || from === '..' || from === '';
  const openEnd = date.max >= OPEN_END || to === '..' || to === '';
  return {
    shape: !st.date ? 'as-of' : isSingleDay(date) ? 'instant' : 'span',
    // An open end is moved to the domain's edge once the domain is known. max is the last millisecond of the
    // period: the mark ends where the next period begins.
    start: date.min, end: date.max + 1,
    openStart, openEnd,
    // An interval's end that is approximate or only a decade ("From the late-1950s to the 1980s": 195X/198X) fades;
    // a lone decade is a span of its own width, exact at both ends.
    fuzzyStart: isFuzzyEnd(from, to !== from), fuzzyEnd: isFuzzyEnd(to, to !== from),
    dateLabel: statementDateLabel(st),
  };
}

/** No statement conflicts with most: they share one empty list. */
const NO_CONFLICTS: string[] = [];

function eventOf(st: Statement, lane: number, keyPrefix: string, mark: DateMark, shown: (id: string) => boolean): TimelineEvent {
  return {
    key: keyPrefix + st.id, statementId: st.id, lane, row: 0,
    shape: mark.shape, start: mark.start, end: mark.end, openStart: mark.openStart, openEnd: mark.openEnd,
    fuzzyStart: mark.fuzzyStart, fuzzyEnd: mark.fuzzyEnd,
    status: st.status, type: st.type, summary: st.summary,
    dateLabel: mark.dateLabel, dateText: (st.date ?? st.asOf)!.text,
    quote: st.evidence[0]?.quote ?? '',
    conflictsWith: st.conflictsWith.length ? st.conflictsWith.filter(shown) : NO_CONFLICTS,
  };
}

function isFuzzyEnd(point: string, inInterval: boolean): boolean {
  return /[~?%]/.test(point) || (inInterval && point.includes('X'));
}

function isSingleDay(date: ResolvedDate): boolean {
  return date.max - date.min < DAY;
}

/**
 * Rows for one lane's events (a copy of them, sorted here): each goes into the lowest row free at its start (a mark
 * holds its row for at least `minExtent` ms); with every row taken, into the one freed first. Returns the number of
 * rows used.
 */
function assignRows(events: TimelineEvent[], minExtent: number): number {
  // Rows are packed by where marks start; the layout's events keep the chronology's order (an open start, "by
  // 1968", sorts by its known end there but is drawn from the edge). Near-sorted, so this sort is close to linear.
  const byStart = events.sort((a, b) => a.start - b.start || a.end - b.end);
  const busyUntil: number[] = [];
  for (const ev of byStart) {
    // One look at the rows finds both the lowest free one and, a dense lane's usual case, the one freed first.
    let free = -1;
    let first = 0;
    for (let r = 0; r < busyUntil.length && free < 0; r++) {
      if (busyUntil[r] <= ev.start) {
        free = r;
      } else if (busyUntil[r] < busyUntil[first]) {
        first = r;
      }
    }
    const row = free >= 0 ? free : busyUntil.length < MAX_ROWS ? busyUntil.length : first;
    ev.row = row;
    busyUntil[row] = Math.max(ev.end, ev.start + minExtent);
  }
  return Math.max(1, busyUntil.length);
}

/** The statements of the chosen entities (a country's relations; a person's or organization's own), or all of them. */
export function timelineStatements(fb: FactBase, entityIds: readonly string[]): Statement[] {
  if (entityIds.length === 0) {
    return [...fb.statements].sort(compareStatementsByDate);
  }
  const chosen = new Set<Statement>();
  for (const id of entityIds) {
    const list = fb.entity(id)?.kind === 'country' ? fb.statementsForCountry(id) : fb.statementsForEntity(id);
    list.forEach(st => chosen.add(st));
  }
  return [...chosen].sort(compareStatementsByDate);
}
