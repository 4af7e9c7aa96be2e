// The timeline in the real webview: every dated statement of a country drawn in date order with its uncertainty, the
// undated listed apart, a click or Enter opening the passage in the reader, the arrow keys reaching every event,
// filters, and the state surviving a reload.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import * as vscode from 'vscode';
import { filteredEvents, timelineSvg } from '../../src/core/timeline';
import type { AtlasTestApi } from '../../src/testApi';
import { PNG_SCALE } from '../../src/timeline/exportTimeline';
import { activateAtlas, closeAllEditors } from './atlas';
import { reportOf } from './readerTesting';
import { clickMark, eventually, pressKey, reloadTimeline, timelineReport } from './timelineTesting';

describe('timeline', function () {
  this.timeout(90_000);
  let api: AtlasTestApi;
  before(async () => {
    api = await activateAtlas();
  });
  afterEach(async () => {
    await closeAllEditors();
    await eventually(() => (api.timeline.current ? undefined : true), 'the timeline to close');
  });

  const show = async (target?: unknown) => {
    await vscode.commands.executeCommand('dprkAtlas.showTimeline', target);
    return api.timeline.current!;
  };

  it('draws every dated statement of a country in date order, its uncertainty as classes, the undated apart', async () => {
    const report = await timelineReport(await show('ghana'));
    const ghana = api.factBase.statementsForCountry('ghana');
    const dated = ghana.filter(st => st.date ?? st.asOf);
    const inLane = report.marks.filter(m => m.lane === 'Ghana');
    assert.deepEqual(inLane.map(m => m.statementId), dated.map(st => st.id));
    // Left to right in date order, but for open starts ("by 1968"): they sort by their known end and run from the edge.
    const lefts = inLane.filter(m => !m.classes.includes('open-start')).map(m => m.left);
    assert.deepEqual(lefts, [...lefts].sort((a, b) => a - b), 'left to right in date order');
    assert.ok(inLane.filter(m => m.classes.includes('open-start')).every(m => m.left < 1), 'an open start runs from the edge');
    const campaign = inLane.find(m => m.statementId === 'ghana-un-observer-campaign')!;
    assert.ok(['span', 'fuzzy-start', 'fuzzy-end'].every(c => campaign.classes.includes(c)), campaign.classes.join(' '));
    assert.ok(campaign.width > 20, 'the late-1950s to the 1980s is a long bar');
    assert.ok(inLane.find(m => m.statementId === 'ghana-relations-established')!.classes.includes('instant'));
    assert.ok(inLane.find(m => m.statementId === 'kil-mun-yong-ambassador-ghana')!.classes.includes('open-end'));
    assert.deepEqual(new Set(report.undated), new Set(ghana.filter(st => !st.date && !st.asOf).map(st => st.id)));
    assert.ok(report.marks.every(m => !report.undated.includes(m.statementId)));
    assert.deepEqual(new Set(report.tableRows), new Set(report.marks.map(m => m.statementId)));
    assert.deepEqual(report.unexpectedMarkup, []);
    assert.equal(report.title, 'Timeline: Ghana');
  });

  it('opens the passage of a clicked event in the reader, highlighted', async () => {
    const timeline = await show('mongolia');
    const { marks } = await timelineReport(timeline);
    const mark = marks.find(m => m.statementId === 'mongolia-pm-denies-refugee-camps')!;
    assert.ok(mark.classes.includes('status-denied') && mark.classes.includes('conflict'), mark.classes.join(' '));
    clickMark(timeline, mark.key);
    const statement = api.factBase.statement(mark.statementId)!;
    const reader = await eventually(() => api.reader.panelFor(statement.evidence[0].source), 'the reader');
    assert.deepEqual((await reportOf(reader)).marks, statement.evidence.filter(e => e.source === statement.evidence[0].source).map(e => e.quote));
    assert.ok(timeline.panel.visible, 'the reader opens beside the timeline');
    assert.equal((await timelineReport(timeline)).state.selected, mark.key);
  });

  it('reaches every event with the arrow keys, and Enter opens the focused one', async () => {
    const timeline = await show();
    await timelineReport(timeline); // drawn
    const first = await pressKey(timeline, 'Home');
    assert.ok(first.marks.length > 20, `${first.marks.length} marks`);
    const visited = [first.focused];
    for (let i = 1; i < first.marks.length; i++) {
      visited.push((await pressKey(timeline, 'ArrowRight', visited[i - 1])).focused);
    }
    assert.deepEqual(visited, first.marks.map(m => m.key));
    const last = first.marks[first.marks.length - 1];
    await pressKey(timeline, 'Enter', last.key);
    const statement = api.factBase.statement(last.statementId)!;
    const reader = await eventually(() => api.reader.panelFor(statement.evidence[0].source), 'the reader');
    assert.deepEqual((await reportOf(reader)).marks, statement.evidence.filter(e => e.source === statement.evidence[0].source).map(e => e.quote));
  });

  it('zooms with the keyboard, and keeps the window and a status filter across a reload', async () => {
    let timeline = await show();
    const all = await timelineReport(timeline);
    assert.ok(all.marks.some(m => m.classes.includes('status-reported')));
    const zoomed = await pressKey(timeline, '+');
    assert.ok(zoomed.state.window, 'zoomed in');
    assert.ok(zoomed.marks.length < all.marks.length && zoomed.marks.length > 0);
    timeline = await reloadTimeline(api, timeline, state => ({ ...state, hiddenStatuses: ['reported'] }));
    const restored = await timelineReport(timeline);
    assert.deepEqual(restored.state.window, zoomed.state.window);
    const notReported = zoomed.marks.filter(m => !m.classes.includes('status-reported')).map(m => m.key);
    assert.deepEqual(restored.marks.map(m => m.key), notReported);
    assert.deepEqual((await pressKey(timeline, '0')).marks.length, all.marks.filter(m => !m.classes.includes('status-reported')).length);
  });

  it('exports the view as SVG to the file it is given, with the window and filters shown', async () => {
    const timeline = await show('ghana');
    await timelineReport(timeline);
    const file = path.join(os.tmpdir(), `dprk-atlas-timeline-${process.pid}.svg`);
    await vscode.commands.executeCommand('dprkAtlas.exportTimelineSvg', vscode.Uri.file(file));
    const svg = fs.readFileSync(file, 'utf8');
    fs.rmSync(file);
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // Ghana's statements, in Ghana's lane and in the lanes of the other countries they concern.
    assert.equal([...svg.matchAll(/<(?:rect|circle)[^>]*><title>/g)].length, timeline.view.layout.events.length);
    for (const st of api.factBase.statementsForCountry('ghana').filter(s => s.date ?? s.asOf)) {
      assert.ok(svg.includes(st.summary.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)), st.id);
    }
    assert.ok(svg.includes('<title>Timeline: Ghana</title>'));
  });

  it('exports the view as a PNG the webview draws, twice the SVG\'s size, to the file it is given', async () => {
    const timeline = await show('mongolia');
    await timelineReport(timeline); // drawn
    assert.ok((await pressKey(timeline, '+')).state.window, 'zoomed in: the PNG shows the window');
    const file = path.join(os.tmpdir(), `dprk-atlas-timeline-${process.pid}.png`);
    await vscode.commands.executeCommand('dprkAtlas.exportTimelinePng', vscode.Uri.file(file));
    const png = fs.readFileSync(file);
    fs.rmSync(file);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the PNG signature');
    assert.equal(png.toString('latin1', 12, 16), 'IHDR');
    const { title, layout, state } = timeline.view;
    const svg = timelineSvg(title, layout, filteredEvents(layout, state.hiddenStatuses, state.hiddenTypes), state.window ?? layout.domain);
    const [, width, height] = /^<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [width * PNG_SCALE, height * PNG_SCALE]);
    // The pixels (RGBA, 8 bits, in IDAT chunks) inflate to a filter byte and a row of pixels per line.
    assert.deepEqual([png[24], png[25]], [8, 6], '8-bit RGBA');
    const idat: Buffer[] = [];
    for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) {
      if (png.toString('latin1', at + 4, at + 8) === 'IDAT') {
        idat.push(png.subarray(at + 8, at + 8 + png.readUInt32BE(at)));
      }
    }
    const rows = zlib.inflateSync(Buffer.concat(idat));
    assert.equal(rows.length, height * PNG_SCALE * (1 + width * PNG_SCALE * 4));
  });
});
