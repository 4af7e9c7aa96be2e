/// <reference types="vscode-webview" />
// The timeline webview: draws the layout the extension sends, lets the user zoom, pan, filter and move between
// events (mouse and keyboard), and opens an event's passage in the reader. Its state (entities, window, selection,
// filters) lives in the webview state, so it survives hiding and reloads.
import '../l10n';
import './timeline.css';
import type { TimelineEvent, TimelineLayout } from '../../core/timeline';
import type { StatementStatus } from '../../core/model';
import { type FromTimeline, parseToTimeline, type TimelineState } from '../../shared/timelineProtocol';
import { draw, drawTypeFilter, type Parts } from './draw';
import { moveFocus } from './keyboard';
import { svgToPng } from './png';
import { attachTimelineProbe } from './timelineProbe';
import { panned, windowOf, zoomed } from './view';

const vscode = acquireVsCodeApi<TimelineState>();
const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const parts: Parts = {
  title: byId('title'), range: byId('range'), axis: byId('axis'), lanes: byId('lanes'), detail: byId('detail'),
  table: byId<HTMLTableSectionElement>('chronology-rows'), tableNote: byId('chronology-note'), undated: byId('undated-list'), types: byId('types'),
};
const chart = byId('chart');
let shown: { title: string; layout: TimelineLayout; state: TimelineState } | undefined;
/** The marks drawn, in the order the arrow keys move through them. */
let marks: HTMLElement[] = [];

const post = (message: FromTimeline) => vscode.postMessage(message);
/** The test build reports each render to the host tests; the shipped one does nothing here. */
const afterRender = TEST_BUILD ? attachTimelineProbe(vscode, () => shown) : () => undefined;

function render(focusKey?: string): void {
  if (!shown) {
    return;
  }
  const hadFocus = chart.contains(document.activeElement);
  marks = draw(parts, shown.title, shown.layout, shown.state);
  const current = marks.find(m => m.dataset.key === (focusKey ?? shown!.state.selected)) ?? marks[0];
  current?.setAttribute('tabindex', '0'); // one tab stop for the chart; the arrow keys move within it
  if (focusKey !== undefined || hadFocus) {
    current?.focus(); // the redraw replaced the focused mark
  }
  afterRender();
}

/** Applies a change of state: saved for reloads, told to the extension, and drawn. */
function update(change: Partial<TimelineState>, focusKey?: string): void {
  if (!shown) {
    return;
  }
  shown.state = { ...shown.state, ...change };
  vscode.setState(shown.state);
  post({ type: 'state', state: shown.state });
  render(focusKey);
}

window.addEventListener('message', event => {
  const message = parseToTimeline(event.data);
  if (message?.type === 'renderPng') {
    const { requestId } = message;
    svgToPng(message.svg, message.scale).then(
      data => post({ type: 'png', requestId, data }),
      (err: unknown) => post({ type: 'pngFailed', requestId, reason: err instanceof Error ? err.message : String(err) }));
  } else if (message?.type === 'show') {
    shown = { title: message.title, layout: message.layout, state: message.state };
    vscode.setState(message.state);
    drawTypeFilter(parts.types, message.layout, message.state);
    for (const box of document.querySelectorAll<HTMLInputElement>('input[data-status]')) {
      box.checked = !message.state.hiddenStatuses.includes(box.dataset.status as StatementStatus);
    }
    render();
  }
});

const eventOf = (el: HTMLElement | null | undefined): TimelineEvent | undefined =>
  el?.dataset.key ? shown?.layout.events.find(ev => ev.key === el.dataset.key) : undefined;

function select(el: HTMLElement): void {
  const ev = eventOf(el);
  if (ev) {
    update({ selected: ev.key }, ev.key);
  }
}

/** Click or Enter on a mark: select it and open its passage; on a cluster: zoom into it. */
function activate(el: HTMLElement): void {
  if (el.dataset.zoom) {
    const [from, to] = el.dataset.zoom.split(',').map(Number);
    update({ window: [from, to] });
    return;
  }
  const ev = eventOf(el);
  if (ev) {
    update({ selected: ev.key }, ev.key);
    post({ type: 'openPassage', statementId: ev.statementId });
  }
}

const zoomBy = (factor: number, at?: number) => shown && update({ window: zoomed(shown.layout, windowOf(shown.layout, shown.state), factor, at) });
const panBy = (fraction: number) => shown && update({ window: panned(shown.layout, windowOf(shown.layout, shown.state), fraction) });

chart.addEventListener('click', e => {
  const mark = (e.target as Element).closest<HTMLElement>('.mark');
  if (mark) {
    activate(mark);
  }
});
chart.addEventListener('keydown', e => {
  const mark = (e.target as Element).closest<HTMLElement>('.mark');
  if (e.key === 'Enter' || e.key === ' ') {
    if (mark) {
      e.preventDefault();
      activate(mark);
    }
  } else if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
    e.preventDefault();
    panBy(e.key === 'ArrowLeft' ? -0.25 : 0.25);
  } else if (mark && ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)) {
    e.preventDefault();
    const next = moveFocus(marks, mark, e.key);
    if (next) {
      select(next);
    }
  }
});
document.addEventListener('keydown', e => {
  if ((e.target as Element).closest('input, select, textarea')) { // not user text: a CSS selector
    return;
  }
  if (e.key === '+' || e.key === '=') {
    zoomBy(0.5);
  } else if (e.key === '-') {
    zoomBy(2);
  } else if (e.key === '0') {
    update({ window: null });
  }
});
chart.addEventListener('wheel', e => {
  if (!shown || !e.ctrlKey && Math.abs(e.deltaX) <= Math.abs(e.deltaY) && !e.altKey) {
    return; // a plain vertical wheel scrolls the page; Ctrl (or a pinch) zooms, a sideways wheel pans
  }
  e.preventDefault();
  if (e.ctrlKey) {
    const [from, to] = windowOf(shown.layout, shown.state);
    const track = parts.lanes.querySelector('.track')?.getBoundingClientRect();
    const at = track ? from + (to - from) * Math.min(1, Math.max(0, (e.clientX - track.left) / track.width)) : undefined;
    zoomBy(e.deltaY < 0 ? 0.8 : 1.25, at);
  } else {
    panBy((e.deltaX || e.deltaY) / 1000);
  }
}, { passive: false });
let drag: { x: number; window: [number, number]; width: number } | undefined;
chart.addEventListener('pointerdown', e => {
  const track = parts.lanes.querySelector('.track')?.getBoundingClientRect();
  if (shown && track && !(e.target as Element).closest('.mark')) {
    drag = { x: e.clientX, window: windowOf(shown.layout, shown.state), width: track.width };
  }
});
window.addEventListener('pointermove', e => {
  if (drag && shown && Math.abs(e.clientX - drag.x) > 3) {
    const fraction = -(e.clientX - drag.x) / drag.width;
    shown.state = { ...shown.state, window: panned(shown.layout, drag.window, fraction) };
    render();
  }
});
window.addEventListener('pointerup', () => {
  if (drag && shown) {
    update({});
  }
  drag = undefined;
});

byId('zoom-in').addEventListener('click', () => zoomBy(0.5));
byId('zoom-out').addEventListener('click', () => zoomBy(2));
byId('zoom-reset').addEventListener('click', () => update({ window: null }));
byId('export-svg').addEventListener('click', () => post({ type: 'exportSvg' }));
byId('export-png').addEventListener('click', () => post({ type: 'exportPng' }));
byId('filters').addEventListener('change', () => {
  const unchecked = (attr: string) => [...document.querySelectorAll<HTMLInputElement>(`input[${attr}]`)].filter(b => !b.checked);
  update({
    hiddenStatuses: unchecked('data-status').map(b => b.dataset.status as StatementStatus),
    hiddenTypes: unchecked('data-type').map(b => b.dataset.type!),
  });
});
// The detail pane's, the table's and the undated list's buttons open their statement's passage.
document.addEventListener('click', e => {
  const button = (e.target as Element).closest<HTMLElement>('button.open');
  if (button?.dataset.statement) {
    post({ type: 'openPassage', statementId: button.dataset.statement });
  }
});

post({ type: 'ready' });
