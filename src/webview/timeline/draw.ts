// Builds the timeline's DOM from the layout: the axis (d3-scale's UTC scale for positions and ticks, d3-time-format
// for their labels), one lane per country with its marks, the selected event's details, the chronology as a table
// and the undated statements as a list. Every piece of data enters as text (element() in ../dom.ts).
import { scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import * as l10n from '@vscode/l10n';
import { statementTypeLabel, statusLabel } from '../../core/format';
import type { Mark, TimelineEvent, TimelineLayout } from '../../core/timeline';
import type { TimelineState } from '../../shared/timelineProtocol';
import { element } from '../dom';
import { marksFor, TABLE_CAP, visibleEvents, windowOf } from './view';

const year = utcFormat('%Y');

export interface Parts {
  title: HTMLElement;
  range: HTMLElement;
  axis: HTMLElement;
  lanes: HTMLElement;
  detail: HTMLElement;
  table: HTMLTableSectionElement;
  tableNote: HTMLElement;
  undated: HTMLElement;
  types: HTMLElement;
}

/** Redraws everything that depends on the layout and state; returns the marks drawn, in keyboard order. */
export function draw(parts: Parts, title: string, layout: TimelineLayout, state: TimelineState): HTMLElement[] {
  const [from, to] = windowOf(layout, state);
  const x = scaleUtc().domain([from, to]).range([0, 100]).clamp(true);
  parts.title.textContent = title;
  parts.range.textContent = `${year(new Date(from))} – ${year(new Date(to))}`;
  parts.axis.replaceChildren(...x.ticks(8).map(tick => {
    const el = element('span', x.tickFormat(8)(tick), { class: 'tick' });
    el.style.left = `${x(tick)}%`;
    return el;
  }));
  const marks = marksFor(layout, state);
  const drawn: HTMLElement[] = [];
  parts.lanes.replaceChildren(...layout.lanes.map((lane, index) => {
    const track = element('div', undefined, { class: 'track', role: 'list', 'aria-label': lane.label });
    track.style.setProperty('--rows', String(lane.rows));
    for (const mark of marks.filter(m => laneOf(m) === index)) {
      const el = mark.kind === 'event' ? eventMark(mark.event, state, x) : clusterMark(mark, x);
      drawn.push(el);
      track.append(el);
    }
    const row = element('div', undefined, { class: 'lane' });
    row.append(element('div', lane.label, { class: 'lane-label' }), track);
    return row;
  }));
  drawDetail(parts.detail, layout.events.find(ev => ev.key === state.selected));
  drawTable(parts, layout, state, from, to);
  drawUndated(parts.undated, layout, state);
  return drawn;
}

function laneOf(mark: Mark): number {
  return mark.kind === 'event' ? mark.event.lane : mark.cluster.lane;
}

type Scale = ReturnType<typeof scaleUtc<number>>;

function place(el: HTMLElement, x: Scale, start: number, end: number, row: number): void {
  const left = x(start);
  el.style.left = `${left}%`;
  el.style.width = `${Math.max(0, x(end) - left)}%`;
  el.style.setProperty('--row', String(row));
}

function eventMark(ev: TimelineEvent, state: TimelineState, x: Scale): HTMLElement {
  const classes = ['mark', ev.shape, `status-${ev.status}`,
    ev.fuzzyStart && 'fuzzy-start', ev.fuzzyEnd && 'fuzzy-end', ev.openStart && 'open-start', ev.openEnd && 'open-end',
    ev.conflictsWith.length > 0 && 'conflict', ev.key === state.selected && 'selected'].filter(Boolean).join(' ');
  const el = element('div', undefined, {
    class: classes, role: 'button', tabindex: '-1', 'data-key': ev.key, 'data-statement': ev.statementId,
    'aria-label': eventLabel(ev), title: `${ev.dateLabel}: ${ev.summary}`,
  });
  if (ev.key === state.selected) {
    el.setAttribute('aria-pressed', 'true');
  }
  place(el, x, ev.start, ev.end, ev.row);
  return el;
}

function clusterMark({ cluster }: Extract<Mark, { kind: 'cluster' }>, x: Scale): HTMLElement {
  const el = element('div', String(cluster.count), {
    class: 'mark cluster', role: 'button', tabindex: '-1', 'data-zoom': `${cluster.start},${cluster.end}`,
    'aria-label': l10n.t('{0} events from {1}: zoom in', cluster.count, year(new Date(cluster.start))),
  });
  place(el, x, cluster.start, cluster.end, 0);
  return el;
}

/** What a screen reader announces for a mark: the date as the source words it, the event, and its standing. */
export function eventLabel(ev: TimelineEvent): string {
  const standing = [ev.status !== 'occurred' && statusLabel(ev.status), ev.conflictsWith.length > 0 && l10n.t('disputed by another claim'),
    ev.openEnd && l10n.t('continuing'), ev.fuzzyStart || ev.fuzzyEnd ? l10n.t('approximate') : false].filter(Boolean).join(', ');
  return `${ev.dateText} (${ev.dateLabel}): ${ev.summary}${standing ? ` — ${standing}` : ''}`;
}

function drawDetail(detail: HTMLElement, ev: TimelineEvent | undefined): void {
  if (!ev) {
    detail.replaceChildren(element('p', l10n.t('Select an event (click, or the arrow keys) to see its source.'), { class: 'hint' }));
    return;
  }
  const open = element('button', l10n.t('Open passage'), { type: 'button', class: 'open', 'data-statement': ev.statementId });
  detail.replaceChildren(
    element('h2', ev.summary),
    element('p', `${ev.dateText} · ${ev.dateLabel} · ${statementTypeLabel(ev.type)}${ev.status !== 'occurred' ? ` · ${statusLabel(ev.status)}` : ''}`, { class: 'meta' }),
    element('blockquote', ev.quote),
    ...(ev.conflictsWith.length ? [element('p', l10n.t('Disputed: {0} other claim(s) disagree.', ev.conflictsWith.length), { class: 'meta' })] : []),
    open,
  );
}

function drawTable(parts: Parts, layout: TimelineLayout, state: TimelineState, from: number, to: number): void {
  const inWindow = visibleEvents(layout, state).filter(ev => ev.start < to && ev.end > from).sort((a, b) => a.start - b.start || a.end - b.end);
  parts.table.replaceChildren(...inWindow.slice(0, TABLE_CAP).map(ev => {
    const row = element('tr', undefined, { 'data-key': ev.key });
    const event = element('td');
    event.append(element('button', ev.summary, { type: 'button', class: 'open link', 'data-statement': ev.statementId }));
    row.append(element('td', ev.dateText), element('td', layout.lanes[ev.lane].label), event, element('td', statusLabel(ev.status)));
    return row;
  }));
  parts.tableNote.textContent = inWindow.length > TABLE_CAP
    ? l10n.t('The first {0} of {1} events in this window; zoom in for the rest.', TABLE_CAP, inWindow.length) : l10n.t('{0} events in this window.', inWindow.length);
}

function drawUndated(list: HTMLElement, layout: TimelineLayout, state: TimelineState): void {
  const shown = layout.undated.filter(u => !state.hiddenStatuses.includes(u.status) && !state.hiddenTypes.includes(u.type));
  list.replaceChildren(...shown.map(u => {
    const item = element('li', undefined, { 'data-statement': u.statementId });
    item.append(element('button', u.summary, { type: 'button', class: 'open link', 'data-statement': u.statementId }),
      element('span', ` — ${u.lanes.join(', ')}${u.status !== 'occurred' ? ` · ${statusLabel(u.status)}` : ''}${u.note ? ` · ${u.note}` : ''}`, { class: 'meta' }));
    return item;
  }));
}

/** The type filter's checkboxes, for the types the layout holds. */
export function drawTypeFilter(container: HTMLElement, layout: TimelineLayout, state: TimelineState): void {
  const types = [...new Set([...layout.events.map(e => e.type), ...layout.undated.map(u => u.type)])].sort();
  container.replaceChildren(...types.map(type => {
    const label = element('label');
    const box = element('input', undefined, { type: 'checkbox', 'data-type': type }) as HTMLInputElement;
    box.checked = !state.hiddenTypes.includes(type);
    label.append(box, document.createTextNode(` ${statementTypeLabel(type)}`));
    return label;
  }));
}
