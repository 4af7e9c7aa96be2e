import * as assert from 'assert';
import * as path from 'path';
import { FactBase } from '../../src/core/factBase';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import { filteredEvents, layoutTimeline, MAX_ROWS, marksInView, type TimelineEvent, timelineStatements, timelineSvg } from '../../src/core/timeline';

const fb = new FactBase(loadFactBase(readDataDir(path.join(__dirname, '../../data'))).factBase);
const all = layoutTimeline(fb, timelineStatements(fb, []));
const year = (y: number) => Date.UTC(y, 0, 1);
const eventFor = (id: string, laneId?: string): TimelineEvent => {
  const ev = all.events.find(e => e.statementId === id && (laneId === undefined || all.lanes[e.lane].id === laneId));
  assert.ok(ev, id);
  return ev;
};

describe('timeline layout', () => {
  it('gives each country a lane, by name, and the statements tied to none a lane of their own', () => {
    const countries = fb.relationCountries().map(c => c.name);
    const labels = all.lanes.map(l => l.label);
    assert.deepStrictEqual(labels.filter(l => countries.includes(l)), labels.filter(l => l !== 'Not tied to one country'));
    assert.ok(labels.includes('Ghana') && labels.includes('Mongolia'));
    for (const ev of all.events) {
      assert.ok(ev.row < all.lanes[ev.lane].rows && ev.row < MAX_ROWS);
    }
  });

  it('places every dated statement of a country in its lane in date order, and lists the undated apart', () => {
    const ghana = fb.statementsForCountry('ghana');
    const lane = all.lanes.findIndex(l => l.id === 'ghana');
    const inLane = all.events.filter(e => e.lane === lane).map(e => e.statementId);
    assert.deepStrictEqual(inLane, ghana.filter(st => st.date ?? st.asOf).map(st => st.id));
    const undatedIds = all.undated.map(u => u.statementId);
    assert.deepStrictEqual([...undatedIds].sort(), fb.statements.filter(st => !st.date && !st.asOf).map(st => st.id).sort());
    assert.ok(!all.events.some(e => undatedIds.includes(e.statementId)), 'no undated statement is placed at a guessed date');
  });

  it('draws an interval as a bar with its approximate ends, a decade or season as its own width, a day as an instant', () => {
    const campaign = eventFor('ghana-un-observer-campaign');
    assert.deepStrictEqual([campaign.shape, campaign.start, campaign.end, campaign.fuzzyStart, campaign.fuzzyEnd],
      ['span', year(1950), year(1990), true, true]);
    const established = eventFor('ghana-relations-established');
    assert.strictEqual(established.shape, 'instant');
    assert.strictEqual(established.dateText, '28 December 1964');
    const decade = all.events.find(e => fb.statement(e.statementId)!.date?.edtf === '196X')!;
    assert.deepStrictEqual([decade.shape, decade.start, decade.end, decade.fuzzyStart], ['span', year(1960), year(1970), false]);
  });

  it('runs open ends to the edge of the domain and marks "as of" claims apart', () => {
    const open = all.events.find(e => fb.statement(e.statementId)!.date?.edtf === '2001-01/..')!;
    assert.deepStrictEqual([open.openStart, open.openEnd, open.start, open.end], [false, true, Date.UTC(2001, 0, 1), all.domain[1]]);
    const asOf = all.events.find(e => fb.statement(e.statementId)!.asOf?.text === 'as of November 2006')!;
    assert.strictEqual(asOf.shape, 'as-of');
    assert.strictEqual(asOf.dateLabel, 'as of Nov 2006');
    for (const ev of all.events) {
      assert.ok(ev.start >= all.domain[0] && ev.end <= all.domain[1] && ev.start < ev.end, ev.key);
    }
  });

  it('keeps status and links conflicting claims both ways', () => {
    const denied = eventFor('mongolia-pm-denies-refugee-camps');
    assert.strictEqual(denied.status, 'denied');
    assert.deepStrictEqual(denied.conflictsWith, ['mongolia-refugee-camp-land-2005']);
    assert.deepStrictEqual(eventFor('mongolia-refugee-camp-land-2005').conflictsWith, ['mongolia-pm-denies-refugee-camps']);
    const mongoliaOnly = layoutTimeline(fb, [fb.statement('mongolia-pm-denies-refugee-camps')!]);
    assert.deepStrictEqual(mongoliaOnly.events[0].conflictsWith, [], 'links only to statements in the timeline');
  });

  it('puts overlapping marks in separate rows', () => {
    for (const lane of all.lanes.keys()) {
      const events = all.events.filter(e => e.lane === lane);
      for (const [i, a] of events.entries()) {
        for (const b of events.slice(i + 1)) {
          if (a.row === b.row && all.lanes[lane].rows < MAX_ROWS) {
            assert.ok(a.end <= b.start || b.end <= a.start, `${a.key} and ${b.key} overlap in row ${a.row}`);
          }
        }
      }
    }
  });

  it('takes a country\'s or a person\'s statements, or all', () => {
    assert.deepStrictEqual(timelineStatements(fb, ['ghana']), [...fb.statementsForCountry('ghana')]);
    const person = fb.entitiesOfKind('person').find(p => fb.statementsForEntity(p.id).length > 0)!;
    assert.deepStrictEqual(timelineStatements(fb, [person.id]), [...fb.statementsForEntity(person.id)]);
    assert.strictEqual(timelineStatements(fb, []).length, fb.statements.length);
  });
});

describe('timeline viewport', () => {
  it('draws each event overlapping the window once, and clusters a lane denser than its share of the cap', () => {
    const [from, to] = all.domain;
    const marks = marksInView(all, from, to, 10_000);
    assert.deepStrictEqual(marks.map(m => m.kind === 'event' && m.event.key), all.events.map(e => e.key));
    const capped = marksInView(all, from, to, all.lanes.length * 2);
    const perLane = new Map<number, number>();
    let counted = 0;
    for (const m of capped) {
      const lane = m.kind === 'event' ? m.event.lane : m.cluster.lane;
      perLane.set(lane, (perLane.get(lane) ?? 0) + 1);
      counted += m.kind === 'event' ? 1 : m.cluster.count;
    }
    assert.strictEqual(counted, all.events.length, 'every event is in a mark');
    assert.ok([...perLane.values()].every(n => n <= 2), JSON.stringify([...perLane]));
  });

  it('leaves out what the window does not reach', () => {
    const marks = marksInView(all, year(1963), year(1965), 10_000);
    assert.ok(marks.some(m => m.kind === 'event' && m.event.statementId === 'ghana-relations-established'));
    assert.ok(!marks.some(m => m.kind === 'event' && m.event.end <= year(1963)));
  });
});

describe('timeline SVG', () => {
  /** Every tag closed in order, and no text holding a raw `<` or `&` that is not an entity: well-formed enough to open. */
  const assertWellFormed = (svg: string) => {
    const stack: string[] = [];
    for (const [, close, name, selfClosing] of svg.matchAll(/<(\/?)([a-z]+)\b[^>]*?(\/?)>/g)) {
      if (close) {
        assert.strictEqual(stack.pop(), name);
      } else if (!selfClosing) {
        stack.push(name);
      }
    }
    assert.deepStrictEqual(stack, []);
    assert.ok(!/&(?!#\d+;)/.test(svg), 'a bare &');
    assert.deepStrictEqual(svg.split(/<[^<>]*>/).filter(text => /[<>"]/.test(text)), [], 'markup in text');
  };

  it('draws each event of the window with its date and summary as its title, escaped', () => {
    const ghana = layoutTimeline(fb, timelineStatements(fb, ['ghana']));
    const svg = timelineSvg('Ghana & North Korea', ghana, ghana.events, ghana.domain);
    assertWellFormed(svg);
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
    assert.ok(svg.includes('<title>Ghana &#38; North Korea</title>'));
    const titles = [...svg.matchAll(/<(?:rect|circle)[^>]*><title>([^<]*)<\/title>/g)].map(m => m[1]);
    assert.strictEqual(titles.length, ghana.events.length);
    for (const ev of ghana.events) {
      assert.ok(titles.some(t => t.includes(ev.summary.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`))), ev.key);
    }
    const window: [number, number] = [Date.UTC(1990, 0, 1), Date.UTC(2000, 0, 1)];
    const inWindow = ghana.events.filter(ev => ev.start < window[1] && ev.end > window[0]).length;
    assert.strictEqual([...timelineSvg('G', ghana, ghana.events, window).matchAll(/<title>/g)].length - 1, inWindow);
  });

  it('keeps hostile text text', () => {
    const ghana = layoutTimeline(fb, timelineStatements(fb, ['ghana']));
    const hostile = { ...ghana, lanes: [{ ...ghana.lanes[0], label: '<script>x</script>' }, ...ghana.lanes.slice(1)] };
    const events = ghana.events.map(ev => ({ ...ev, summary: '"/><script>alert(1)</script>' }));
    const svg = timelineSvg('<b>', hostile, filteredEvents({ ...hostile, events }, [], []), ghana.domain);
    assertWellFormed(svg);
    assert.ok(!svg.includes('<script') && !svg.includes('<b>'));
  });
});
