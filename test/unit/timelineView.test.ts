import * as assert from 'assert';
import * as path from 'path';
import { FactBase } from '../../src/core/factBase';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import { layoutTimeline, timelineStatements } from '../../src/core/timeline';
import { parseFromTimeline, parseToTimeline, type TimelineState } from '../../src/shared/timelineProtocol';
import { marksFor, panned, visibleEvents, zoomed } from '../../src/webview/timeline/view';

const fb = new FactBase(loadFactBase(readDataDir(path.join(__dirname, '../../data'))).factBase);
const layout = layoutTimeline(fb, timelineStatements(fb, []));
const state: TimelineState = { entityIds: [], window: null, selected: null, hiddenStatuses: [], hiddenTypes: [] };
const width = ([from, to]: [number, number]) => to - from;

describe('timeline view', () => {
  it('zooms around a point, inside the domain, back to the whole domain', () => {
    const whole = layout.domain;
    const half = zoomed(layout, whole, 0.5)!;
    assert.ok(Math.abs(width(half) - width(whole) / 2) < 1);
    const atStart = zoomed(layout, whole, 0.5, whole[0])!;
    assert.strictEqual(atStart[0], whole[0]);
    assert.strictEqual(zoomed(layout, half, 4), null, 'zooming out past the domain shows it whole');
    const tiny = zoomed(layout, whole, 1e-9)!;
    assert.ok(width(tiny) >= 29 * 86_400_000, 'no narrower than about a month');
  });

  it('pans by a share of the window and stops at the edges', () => {
    const half = zoomed(layout, layout.domain, 0.5)!;
    const later = panned(layout, half, 0.25)!;
    assert.ok(Math.abs(later[0] - half[0] - width(half) / 4) < 1);
    assert.strictEqual(panned(layout, half, 10)![1], layout.domain[1]);
    assert.strictEqual(panned(layout, layout.domain, 0.25), null);
  });

  it('filters by status and type', () => {
    const noReported = visibleEvents(layout, { ...state, hiddenStatuses: ['reported'] });
    assert.ok(noReported.length < layout.events.length && noReported.every(e => e.status !== 'reported'));
    assert.ok(visibleEvents(layout, { ...state, hiddenTypes: ['mission-closed'] }).every(e => e.type !== 'mission-closed'));
    assert.strictEqual(marksFor(layout, state).length, layout.events.length);
  });

  it('accepts the layout as a message and drops what does not match', () => {
    const message = JSON.parse(JSON.stringify({ type: 'show', title: 'All', layout, state }));
    assert.ok(parseToTimeline(message));
    const bad = (edit: (m: typeof message) => void) => {
      const copy = JSON.parse(JSON.stringify(message));
      edit(copy);
      return parseToTimeline(copy);
    };
    assert.strictEqual(bad(m => (m.layout.events[0].lane = 999)), undefined);
    assert.strictEqual(bad(m => (m.layout.events[0].summary = { html: '<b>' })), undefined);
    assert.strictEqual(bad(m => (m.layout.events[0].status = 'rumoured')), undefined);
    assert.strictEqual(bad(m => (m.state.window = [2, 1])), undefined);
    assert.deepStrictEqual(parseFromTimeline({ type: 'openPassage', statementId: 'x' }), { type: 'openPassage', statementId: 'x' });
    assert.strictEqual(parseFromTimeline({ type: 'openPassage', statementId: 7 }), undefined);
    assert.strictEqual(parseFromTimeline({ type: 'state', state: { ...state, hiddenStatuses: ['nope'] } }), undefined);
  });
});
