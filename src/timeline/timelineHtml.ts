// The timeline's HTML shell (src/webviewShell.ts): controls, legend and the empty containers draw.ts fills. The
// layout arrives later as data (src/shared/timelineProtocol.ts).
import * as vscode from 'vscode';
import { statusLabel } from '../core/format';
import { STATUSES } from '../shared/protocol';
import { escapeHtml, webviewHtml } from '../webviewShell';

/** Each legend entry's mark (its classes) and what it means; a function: the translations come after module load. */
const legend = (): [string, string][] => [
  ['span status-occurred', vscode.l10n.t('occurred (a period: its own width)')],
  ['instant status-occurred', vscode.l10n.t('a single day')],
  ['as-of status-occurred', vscode.l10n.t('“as of”: said to hold then')],
  ['span status-occurred fuzzy-start fuzzy-end', vscode.l10n.t('approximate ends')],
  ['span status-occurred open-end', vscode.l10n.t('open end (“since …”)')],
  ['span status-reported', statusLabel('reported')],
  ['span status-expected', statusLabel('expected')],
  ['span status-denied', statusLabel('denied')],
  ['span status-occurred conflict', vscode.l10n.t('disputed by another claim')], // not user text: CSS classes (the label is translated)
  ['cluster', vscode.l10n.t('several events: zoom in')],
];

export function timelineHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const legendItems = legend().map(([classes, label]) => `<li><span class="mark ${classes}" aria-hidden="true"></span>${escapeHtml(label)}</li>`).join('');
  const statuses = STATUSES.map(s => `<label><input type="checkbox" data-status="${s}" checked> ${escapeHtml(statusLabel(s))}</label>`).join(' ');
  return webviewHtml(webview, extensionUri, {
    bundle: 'timeline',
    title: vscode.l10n.t('DPRK Atlas timeline'),
    blobImages: true,
    body: `<header>
  <h1 id="title">${escapeHtml(vscode.l10n.t('Timeline'))}</h1>
  <span id="range" aria-live="polite"></span>
  <div role="group" aria-label="${escapeHtml(vscode.l10n.t('Zoom'))}">
    <button type="button" id="zoom-in" title="${escapeHtml(vscode.l10n.t('Zoom in (+)'))}" aria-label="${escapeHtml(vscode.l10n.t('Zoom in'))}">+</button>
    <button type="button" id="zoom-out" title="${escapeHtml(vscode.l10n.t('Zoom out (−)'))}" aria-label="${escapeHtml(vscode.l10n.t('Zoom out'))}">−</button>
    <button type="button" id="zoom-reset" title="${escapeHtml(vscode.l10n.t('Show everything (0)'))}">${escapeHtml(vscode.l10n.t('All'))}</button>
  </div>
  <button type="button" id="export-svg" title="${escapeHtml(vscode.l10n.t('Save this view (window and filters) as an SVG file'))}">${escapeHtml(vscode.l10n.t('Export SVG…'))}</button>
  <button type="button" id="export-png" title="${escapeHtml(vscode.l10n.t('Save this view (window and filters) as a PNG image'))}">${escapeHtml(vscode.l10n.t('Export PNG…'))}</button>
</header>
<div id="filters">
  <fieldset><legend>${escapeHtml(vscode.l10n.t('Status'))}</legend>${statuses}</fieldset>
  <details><summary>${escapeHtml(vscode.l10n.t('Types'))}</summary><div id="types"></div></details>
</div>
<ul id="legend" aria-label="${escapeHtml(vscode.l10n.t('Legend'))}">${legendItems}</ul>
<p class="hint">${escapeHtml(vscode.l10n.t('Arrow keys move between events, Enter opens the passage; + and − zoom, Shift+arrows pan; Ctrl+wheel zooms, drag pans.'))}</p>
<div id="layout">
  <main id="chart" aria-label="${escapeHtml(vscode.l10n.t('Timeline'))}" aria-describedby="detail">
    <div id="axis" aria-hidden="true"></div>
    <div id="lanes"></div>
  </main>
  <aside id="detail" aria-live="polite" aria-label="${escapeHtml(vscode.l10n.t('Selected event'))}"></aside>
</div>
<section aria-labelledby="chronology-heading">
  <h2 id="chronology-heading">${escapeHtml(vscode.l10n.t('Chronology'))}</h2>
  <p id="chronology-note"></p>
  <table>
    <thead><tr><th scope="col">${escapeHtml(vscode.l10n.t('Date (source’s words)'))}</th><th scope="col">${escapeHtml(vscode.l10n.t('Country'))}</th><th scope="col">${escapeHtml(vscode.l10n.t('Event'))}</th><th scope="col">${escapeHtml(vscode.l10n.t('Status'))}</th></tr></thead>
    <tbody id="chronology-rows"></tbody>
  </table>
</section>
<section aria-labelledby="undated-heading">
  <h2 id="undated-heading">${escapeHtml(vscode.l10n.t('Undated'))}</h2>
  <p class="hint">${escapeHtml(vscode.l10n.t('The sources give these no date; they are listed here, never placed at a guessed one.'))}</p>
  <ul id="undated-list"></ul>
</section>`,
  });
}
