// "Show Timeline": the chosen entities' statements (all countries by default) on a timeline, one lane per country.
// One panel: showing another timeline replaces its content. It is restored after a reload (serializer), and drawn
// again from the store's new facts when they change, keeping its window, selection and filters where they still apply.
import * as vscode from 'vscode';
import type { FactStore } from '../core/factStore';
import { layoutTimeline, type TimelineLayout, timelineStatements } from '../core/timeline';
import { isTimelineState, TIMELINE_VIEW_TYPE, type TimelineState } from '../shared/timelineProtocol';
import type { AtlasNode } from '../tree/treeModel';
import { exportTimeline, type TimelineImageFormat } from './exportTimeline';
import { type TimelineContent, TimelinePanel } from './timelinePanel';
import { COMMANDS } from '../shared/commands';

export interface TimelineApi {
  /** Opens (or reuses) the timeline panel for these entities; empty for every country. */
  show(entityIds: readonly string[]): TimelinePanel;
  readonly current: TimelinePanel | undefined;
  readonly serializer: vscode.WebviewPanelSerializer<unknown>;
}

const initialState = (entityIds: readonly string[]): TimelineState => ({ entityIds: [...entityIds], window: null, selected: null, hiddenStatuses: [], hiddenTypes: [] });

export function registerTimeline(context: vscode.ExtensionContext, { store }: { store: FactStore }): TimelineApi {
  let current: TimelinePanel | undefined;
  const contentFor = (entityIds: readonly string[]): TimelineContent => {
    const { factBase } = store;
    const names = entityIds.map(id => factBase.entity(id)?.name ?? id);
    return {
      title: names.length ? vscode.l10n.t('Timeline: {0}', names.join(', ')) : vscode.l10n.t('Timeline: all countries'),
      layout: layoutTimeline(factBase, timelineStatements(factBase, entityIds.filter(id => factBase.entity(id)))),
    };
  };
  const openPassage = (statementId: string) => {
    if (store.factBase.statement(statementId)) {
      void vscode.commands.executeCommand(COMMANDS.openPassage, statementId);
    }
  };
  const adopt = (panel: vscode.WebviewPanel, state: TimelineState) => {
    const exportSvg = () => void vscode.commands.executeCommand(COMMANDS.exportTimelineSvg);
    const exportPng = () => void vscode.commands.executeCommand(COMMANDS.exportTimelinePng);
    const timeline = new TimelinePanel(panel, contentFor(state.entityIds), state, context.extensionUri, openPassage, exportSvg, exportPng);
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

  const exportCurrent = async (format: TimelineImageFormat, target: unknown) => {
    if (!current) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a timeline first (DPRK Atlas: Show Timeline).'));
      return;
    }
    try {
      await exportTimeline(current, format, target instanceof vscode.Uri ? target : undefined);
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('DPRK Atlas could not export the timeline: {0}', err instanceof Error ? err.message : String(err)));
    }
  };

  context.subscriptions.push(
    store.onDidChange(() => {
      if (current) {
        const { state } = current.view;
        const content = contentFor(state.entityIds);
        current.show(content, stateFor(content.layout, state));
      }
    }),
    // From the palette or the Countries view title (all countries), or a country's, person's or organization's context menu.
    vscode.commands.registerCommand(COMMANDS.showTimeline, (target?: unknown) => {
      api.show(entityIdsOf(target));
    }),
    vscode.window.registerWebviewPanelSerializer(TIMELINE_VIEW_TYPE, api.serializer),
    // The timeline's Export SVG and Export PNG buttons, or the palette while a timeline is open; tests pass the target file.
    vscode.commands.registerCommand(COMMANDS.exportTimelineSvg, (target?: unknown) => exportCurrent('svg', target)),
    vscode.commands.registerCommand(COMMANDS.exportTimelinePng, (target?: unknown) => exportCurrent('png', target)),
  );
  return api;
}

/** The state kept for a new layout of the same entities: the window within its domain, a selection it still holds. */
function stateFor(layout: TimelineLayout, state: TimelineState): TimelineState {
  const [d0, d1] = layout.domain;
  const from = Math.max(d0, state.window?.[0] ?? d0);
  const to = Math.min(d1, state.window?.[1] ?? d1);
  return {
    ...state,
    window: from < to && (from > d0 || to < d1) ? [from, to] : null,
    selected: layout.events.some(ev => ev.key === state.selected) ? state.selected : null,
  };
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
