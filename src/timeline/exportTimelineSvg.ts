// Export Timeline as SVG…: the timeline as it is shown (window and filters) to the one file the user picks.
import * as vscode from 'vscode';
import { filteredEvents, timelineSvg } from '../core/timeline';
import type { TimelineState } from '../shared/timelineProtocol';
import type { TimelineContent } from './timelinePanel';

export async function exportTimelineSvg({ title, layout, state }: TimelineContent & { state: TimelineState }, presetTarget?: vscode.Uri): Promise<void> {
  const target = presetTarget ?? await vscode.window.showSaveDialog({
    title: vscode.l10n.t('Export {0} as SVG', title),
    saveLabel: vscode.l10n.t('Export'),
    filters: { SVG: ['svg'] },
  });
  if (!target) {
    return;
  }
  const svg = timelineSvg(title, layout, filteredEvents(layout, state.hiddenStatuses, state.hiddenTypes), state.window ?? layout.domain);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(svg));
  vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Timeline exported to {0}', vscode.workspace.asRelativePath(target)), 5000);
}
