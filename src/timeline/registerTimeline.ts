// "Show Timeline": the chosen entities' statements (all countries by default) on a timeline, one lane per country.
// One panel: showing another timeline replaces its content. It is restored after a reload (serializer).
import * as vscode from 'vscode';
import type { FactBase } from '../core/factBase';
import { layoutTimeline, timelineStatements } from '../core/timeline';
import { isTimelineState, TIMELINE_VIEW_TYPE, type TimelineState } from '../shared/timelineProtocol';
import type { AtlasNode } from '../tree/treeModel';
import { exportTimelineSvg } from './exportTimelineSvg';
import { type TimelineContent, TimelinePanel } from './timelinePanel';
import { COMMANDS } from '../shared/commands';

export interface TimelineApi {
  /** Opens (or reuses) the timeline panel for these entities; empty for every country. */
  show(entityIds: readonly string[]): TimelinePanel;
  readonly current: TimelinePanel | undefined;
  readonly serializer: vscode.WebviewPanelSerializer<unknown>;
}

const initialState = (entityIds: readonly string[]): TimelineState => ({ entityIds: [...entityIds], window: null, selected: null, hiddenStatuses: [], hiddenTypes: [] });

export function registerTimeline(context: vscode.ExtensionContext, { factBase }: { factBase: FactBase }): TimelineApi {
  let current: TimelinePanel | undefined;
  const contentFor = (entityIds: readonly string[]): TimelineContent => {
    const names = entityIds.map(id => factBase.entity(id)?.name ?? id);
    return {
      title: names.length ? vscode.l10n.t('Timeline: {0}', names.join(', ')) : vscode.l10n.t('Timeline: all countries'),
      layout: layoutTimeline(factBase, timelineStatements(factBase, entityIds.filter(id => factBase.entity(id)))),
    };
  };
  const openPassage = (statementId: string) => {
    if (factBase.statement(statementId)) {
      void vscode.commands.executeCommand(COMMANDS.openPassage, statementId);
    }
  };
  const adopt = (panel: vscode.WebviewPanel, state: TimelineState) => {
    const exportSvg = () => void vscode.commands.executeCommand(COMMANDS.exportTimelineSvg);
    const timeline = new TimelinePanel(panel, contentFor(state.entityIds), state, context.extensionUri, openPassage, exportSvg);
    current = timeline;
    panel.onDidDispose(() => {
      if (current === timeline) {
        current = undefined;
      }
    });
    return timeline;
  };

  const api: TimelineApi = {
    show(entityIds) {
      if (current) {
        current.show(contentFor(entityIds), initialState(entityIds));
        current.panel.reveal(undefined, false);
        return current;
      }
      const panel = vscode.window.createWebviewPanel(TIMELINE_VIEW_TYPE, vscode.l10n.t('Timeline'), vscode.ViewColumn.Active, { enableFindWidget: true });
      return adopt(panel, initialState(entityIds));
    },
    get current() {
      return current;
    },
    serializer: {
      async deserializeWebviewPanel(panel, state) {
        adopt(panel, isTimelineState(state) ? state : initialState([]));
      },
    },
  };

  context.subscriptions.push(
    // From the palette or the Countries view title (all countries), or a country's, person's or organization's context menu.
    vscode.commands.registerCommand(COMMANDS.showTimeline, (target?: unknown) => {
      api.show(entityIdsOf(target));
    }),
    vscode.window.registerWebviewPanelSerializer(TIMELINE_VIEW_TYPE, api.serializer),
    // The timeline's Export SVG button, or the palette while a timeline is open; tests pass the target file.
    vscode.commands.registerCommand(COMMANDS.exportTimelineSvg, async (target?: unknown) => {
      if (!current) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a timeline first (DPRK Atlas: Show Timeline).'));
        return;
      }
      await exportTimelineSvg(current.view, target instanceof vscode.Uri ? target : undefined);
    }),
  );
  return api;
}

/** A sidebar entity item, an entity id or a list of them; anything else means every country. */
function entityIdsOf(target: unknown): string[] {
  const node = target as Partial<AtlasNode> | undefined;
  if (node?.type === 'entity' && typeof node.entityId === 'string') {
    return [node.entityId];
  }
  if (typeof target === 'string') {
    return [target];
  }
  return Array.isArray(target) && target.every(t => typeof t === 'string') ? target : [];
}
