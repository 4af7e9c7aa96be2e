// The timeline's HTML shell (src/webviewShell.ts): controls, legend and the empty containers draw.ts fills. The
// layout arrives later as data (src/shared/timelineProtocol.ts).
import type * as vscode from 'vscode';
import { webviewHtml } from '../webviewShell';

const LEGEND = [
  ['span status-occurred', 'occurred (a period: its own width)'],
  ['instant status-occurred', 'a single day'],
  ['as-of status-occurred', '“as of”: said to hold then'],
  ['span status-occurred fuzzy-start fuzzy-end', 'approximate ends'],
  ['span status-occurred open-end', 'open end (“since …”)'],
  ['span status-reported', 'reported'],
  ['span status-expected', 'expected'],
  ['span status-denied', 'denied'],
  ['span status-occurred conflict', 'disputed by another claim'],
  ['cluster', 'several events: zoom in'],
];

export function timelineHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const legend = LEGEND.map(([classes, label]) => `<li><span class="mark ${classes}" aria-hidden="true"></span>${label}</li>`).join('');
  const statuses = ['occurred', 'reported', 'expected', 'denied']
    .map(s => `<label><input type="checkbox" data-status="${s}" checked> ${s}</label>`).join(' ');
  return webviewHtml(webview, extensionUri, {
    bundle: 'timeline',
    title: 'DPRK Atlas timeline',
    blobImages: true,
    body: `<header>
  <h1 id="title">Timeline</h1>
  <span id="range" aria-live="polite"></span>
  <div role="group" aria-label="Zoom">
    <button type="button" id="zoom-in" title="Zoom in (+)" aria-label="Zoom in">+</button>
    <button type="button" id="zoom-out" title="Zoom out (−)" aria-label="Zoom out">−</button>
    <button type="button" id="zoom-reset" title="Show everything (0)">All</button>
  </div>
  <button type="button" id="export-svg" title="Save this view (window and filters) as an SVG file">Export SVG…</button>
  <button type="button" id="export-png" title="Save this view (window and filters) as a PNG image">Export PNG…</button>
</header>
<div id="filters">
  <fieldset><legend>Status</legend>${statuses}</fieldset>
  <details><summary>Types</summary><div id="types"></div></details>
</div>
<ul id="legend" aria-label="Legend">${legend}</ul>
<p class="hint">Arrow keys move between events, Enter opens the passage; + and − zoom, Shift+arrows pan; Ctrl+wheel zooms, drag pans.</p>
<div id="layout">
  <main id="chart" aria-label="Timeline" aria-describedby="detail">
    <div id="axis" aria-hidden="true"></div>
    <div id="lanes"></div>
  </main>
  <aside id="detail" aria-live="polite" aria-label="Selected event"></aside>
</div>
<section aria-labelledby="chronology-heading">
  <h2 id="chronology-heading">Chronology</h2>
  <p id="chronology-note"></p>
  <table>
    <thead><tr><th scope="col">Date (source’s words)</th><th scope="col">Country</th><th scope="col">Event</th><th scope="col">Status</th></tr></thead>
    <tbody id="chronology-rows"></tbody>
  </table>
</section>
<section aria-labelledby="undated-heading">
  <h2 id="undated-heading">Undated</h2>
  <p class="hint">The sources give these no date; they are listed here, never placed at a guessed one.</p>
  <ul id="undated-list"></ul>
</section>`,
  });
}
