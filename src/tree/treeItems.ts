// How each sidebar node looks: label, description, ThemeIcon, Markdown tooltip (escaped data only) and what
// choosing it does.
import * as vscode from 'vscode';
import { citationMarkdown, escapeMarkdown } from '../core/citation';
import { entityPlaceLabel } from '../core/entityPlace';
import type { FactBase } from '../core/factBase';
import { publishedLabel, sourceKindLabel, statementDateLabel, statementTypeLabel, statusLabel } from '../core/format';
import { type Entity, SUBJECT_COUNTRY_ID } from '../core/model';
import { relationSummary } from '../core/relationSummary';
import { ENTITY_ICONS, SOURCE_ICON, STATEMENT_ICONS } from './icons';
import type { AtlasNode } from './treeModel';
import { COMMANDS } from '../shared/commands';

/** Context values the view/item/context menus match on. */
export const STATEMENT_CONTEXT = 'statement';
export const SOURCE_CONTEXT = 'source';

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
      item.description = source.publisher && source.publisher !== 'unknown' ? source.publisher : source.kind && sourceKindLabel(source.kind);
      const url = source.url ? `\n\n${source.url.href}${source.url.derived ? ` — ${escapeMarkdown(source.url.derived)}` : ''}` : '';
      item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(source.title)}** · ${publishedLabel(source)}${source.note ? `\n\n${escapeMarkdown(source.note)}` : ''}${url}`);
      item.contextValue = SOURCE_CONTEXT;
      item.command = { command: COMMANDS.openArticle, title: vscode.l10n.t('Open Article'), arguments: [source.id] };
      return item;
    }
    case 'statement': {
      // A chronology at any sidebar width: the date first, as the source words it, then the statement's few words
      // (its type's name when it has none); the full sentence, the status and the quotes are in the tooltip.
      const st = fb.statement(node.statementId)!;
      const date = statementDateLabel(st);
      const item = new vscode.TreeItem(`${date} · ${st.label ?? statementTypeLabel(st.type)}`, vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.iconPath = new vscode.ThemeIcon(STATEMENT_ICONS[st.type]);
      item.description = st.status === 'occurred' ? undefined : statusLabel(st.status);
      const status = st.status === 'occurred' ? '' : ` · *${escapeMarkdown(statusLabel(st.status))}*`;
      item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(date)}**${status}\n\n${citationMarkdown(fb, st)}`);
      item.contextValue = STATEMENT_CONTEXT;
      item.command = { command: COMMANDS.openPassage, title: vscode.l10n.t('Open Source Passage'), arguments: [st.id] };
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

/** North Korea: what its node holds; other countries: the relation in a line; people: the roles they hold; places and organizations: their country (and a mission's sender). */
function entityDescription(fb: FactBase, e: Entity, node: AtlasNode): string {
  if (e.id === SUBJECT_COUNTRY_ID && node.view === 'countries') {
    const facts = fb.subjectStatements().length;
    const missions = fb.missionsOf(e.id).length;
    return vscode.l10n.t('its relations as a whole: {0} facts · {1} missions abroad', facts, missions);
  }
  if (e.kind === 'country' && node.view === 'countries') {
    const count = fb.statementsForCountry(e.id).length;
    return relationSummary(fb, e.id) ?? (count === 1 ? vscode.l10n.t('1 fact') : vscode.l10n.t('{0} facts', count));
  }
  if (e.kind === 'person') {
    const roles = fb.statementsForEntity(e.id).flatMap(st => (st.role?.holder === e.id ? [st.role.title] : []));
    return [...new Set(roles)].join('; ');
  }
  return entityPlaceLabel(fb, e);
}
