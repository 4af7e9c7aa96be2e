// Export Timeline as SVG… / as PNG…: the timeline as it is shown (window and filters) to the one file the user picks.
// The PNG is that SVG rasterized by the webview's canvas, the one place with a renderer (the extension host has none).
import * as vscode from 'vscode';
import { filteredEvents, timelineSvg } from '../core/timeline';
import type { TimelinePanel } from './timelinePanel';

export type TimelineImageFormat = 'svg' | 'png';

/** The PNG's pixels per SVG unit: sharp on a high-density screen and in print. */
export const PNG_SCALE = 2;

export async function exportTimeline(timeline: TimelinePanel, format: TimelineImageFormat, presetTarget?: vscode.Uri): Promise<void> {
  const { title, layout, state } = timeline.view;
  const target = presetTarget ?? await vscode.window.showSaveDialog({
    title: format === 'svg' ? vscode.l10n.t('Export {0} as SVG', title) : vscode.l10n.t('Export {0} as PNG', title),
    saveLabel: vscode.l10n.t('Export'),
    filters: format === 'svg' ? { SVG: ['svg'] } : { PNG: ['png'] },
  });
  if (!target) {
    return;
  }
  const svg = timelineSvg(title, layout, filteredEvents(layout, state.hiddenStatuses, state.hiddenTypes), state.window ?? layout.domain);
  const bytes = format === 'svg' ? new TextEncoder().encode(svg) : await timeline.renderPng(svg, PNG_SCALE);
  await vscode.workspace.fs.writeFile(target, bytes);
  vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Timeline exported to {0}', vscode.workspace.asRelativePath(target)), 5000);
}
