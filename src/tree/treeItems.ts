// How each sidebar node looks: label, description, ThemeIcon, Markdown tooltip (escaped data only) and what
// choosing it does.
import * as vscode from 'vscode';
import { citationMarkdown, escapeMarkdown } from '../core/citation';
import type { FactBase } from '../core/factBase';
import { statementDateLabel } from '../core/format';
import type { Entity } from '../core/model';
import { relationSummary } from '../core/relationSummary';
import { ENTITY_ICONS, SOURCE_ICON, STATEMENT_ICONS } from './icons';
import type { AtlasNode } from './treeModel';

/** Context values the view/item/context menus match on. */
export const STATEMENT_CONTEXT = 'statement';

export function treeItem(fb: FactBase, node: AtlasNode, hasChildren: boolean): vscode.TreeItem {
  const collapsed = hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
  switch (node.type) {
    case 'entity':
      return entityItem(fb, fb.entity(node.entityId)!, node, collapsed);
    case 'source': {
      const source = fb.source(node.sourceId)!;
      const item = new vscode.TreeItem(source.title, collapsed);
      item.id = node.id;
      item.iconPath = new vscode.ThemeIcon(SOURCE_ICON);
      item.description = source.publisher && source.publisher !== 'unknown' ? source.publisher : source.kind?.replace(/-/g, ' ');
      item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(source.title)}**${source.note ? `\n\n${escapeMarkdown(source.note)}` : ''}`);
      item.contextValue = 'source';
      return item;
    }
    case 'statement': {
      const st = fb.statement(node.statementId)!;
      const item = new vscode.TreeItem(st.summary, vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.iconPath = new vscode.ThemeIcon(STATEMENT_ICONS[st.type]);
      item.description = st.status === 'occurred' ? statementDateLabel(st) : `${statementDateLabel(st)} · ${st.status}`;
      item.tooltip = new vscode.MarkdownString(citationMarkdown(fb, st));
      item.contextValue = STATEMENT_CONTEXT;
      item.command = { command: 'dprkAtlas.openPassage', title: 'Open Source Passage', arguments: [st.id] };
      return item;
    }
  }
}

function entityItem(fb: FactBase, e: Entity, node: AtlasNode, collapsed: vscode.TreeItemCollapsibleState): vscode.TreeItem {
  const item = new vscode.TreeItem(e.name, collapsed);
  item.id = node.id;
  item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[e.kind]);
  item.description = entityDescription(fb, e, node);
  item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(e.name)}**\n\n${escapeMarkdown(e.description)}`);
  item.contextValue = e.kind;
  return item;
}

/** Countries: the relation in a line; people: the roles they hold; places and organizations: their country. */
function entityDescription(fb: FactBase, e: Entity, node: AtlasNode): string {
  if (e.kind === 'country' && node.view === 'countries') {
    const count = fb.statementsForCountry(e.id).length;
    return relationSummary(fb, e.id) ?? `${count} ${count === 1 ? 'fact' : 'facts'}`;
  }
  if (e.kind === 'person') {
    const roles = fb.statementsForEntity(e.id).flatMap(st => (st.role?.holder === e.id ? [st.role.title] : []));
    return [...new Set(roles)].join('; ');
  }
  return e.country ? fb.entity(e.country)?.name ?? '' : '';
}
