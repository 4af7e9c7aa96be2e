// "Export Facts…": the whole fact base, a country, or what the sidebar filter shows, written in one of the
// src/core/export formats to a file the user picks. Nothing is written but that one file, and only on this command.
import * as vscode from 'vscode';
import { EXPORT_FORMATS, type ExportFormat, type ExportScope, exportFormat, statementsInScope } from '../core/export';
import type { FactBase } from '../core/factBase';
import type { CurrentFactBase } from '../core/factStore';
import type { TreeApi } from '../tree/registerTree';
import { type AtlasNode, VIEW_KEYS } from '../tree/treeModel';
import { COMMANDS } from '../shared/commands';

/** What a caller may preset; the command asks for the rest. Tests pass all three, so no dialog opens. */
export interface ExportRequest {
  /** `all`, `filter` (the sidebar's current filter) or a country id. */
  scope?: string;
  format?: string;
  target?: vscode.Uri;
}

interface Deps {
  /** Read at each export: the store's current facts. */
  store: CurrentFactBase;
  /** The sidebar, for what its filter shows. */
  tree: TreeApi;
}

export function registerExport(context: vscode.ExtensionContext, deps: Deps): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.exportFacts, async (arg?: unknown) => {
    try {
      await exportFacts(deps, requestOf(arg));
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('DPRK Atlas could not export the facts: {0}', err instanceof Error ? err.message : String(err)));
    }
  }));
}

/** The command's argument: a country's sidebar item (its context menu), an ExportRequest, or nothing (the palette). */
function requestOf(arg: unknown): ExportRequest {
  const node = arg as Partial<AtlasNode> | undefined;
  if (node?.type === 'entity' && node.view === 'countries') {
    return { scope: node.entityId };
  }
  return typeof arg === 'object' && arg !== null && !('type' in arg) ? arg as ExportRequest : {};
}

interface ChosenScope {
  scope: ExportScope;
  title: string;
  fileName: string;
}

async function exportFacts({ store, tree }: Deps, request: ExportRequest): Promise<void> {
  const chosen = request.scope !== undefined ? scopeOf(store.factBase, request.scope, tree) : await pickScope(store.factBase, tree);
  if (!chosen) {
    return;
  }
  const format = request.format !== undefined ? exportFormat(request.format) : await pickFormat();
  if (request.format !== undefined && !format) {
    throw new Error(vscode.l10n.t('there is no export format "{0}" (one of {1})', request.format, EXPORT_FORMATS.map(f => f.id).join(', ')));
  }
  if (!format) {
    return;
  }
  const target = request.target ?? await vscode.window.showSaveDialog({
    title: vscode.l10n.t('Export {0} as {1}', chosen.title, format.label),
    saveLabel: vscode.l10n.t('Export'),
    defaultUri: besideActiveDocument(`${chosen.fileName}.${format.extension}`),
    filters: { [format.label]: [format.extension] },
  });
  if (!target) {
    return;
  }
  // The facts as they are once the dialogs are answered: a save of the writer's fact base meanwhile is in the file.
  const factBase = store.factBase;
  const statements = statementsInScope(factBase, chosen.scope);
  const text = format.render(factBase, chosen.title, chosen.scope, statements);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  // Not awaited: the export is done when the file is written, whether or not anyone answers the message.
  const open = vscode.l10n.t('Open');
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Exported {0} statements to {1}.', statements.length, vscode.workspace.asRelativePath(target)), open,
  ).then(answer => answer === open && vscode.commands.executeCommand('vscode.open', target));
}

/** A preset scope; an unknown country or a filter that is not set is an error, not an empty file. */
function scopeOf(fb: FactBase, scope: string, tree: TreeApi): ChosenScope {
  const filter = tree.filter;
  if (scope === 'all') {
    return { scope: { kind: 'all' }, title: vscode.l10n.t('North Korea’s foreign relations'), fileName: 'dprk-atlas' };
  }
  if (scope === 'filter') {
    if (filter === undefined) {
      throw new Error(vscode.l10n.t('the sidebar has no filter to export'));
    }
    return {
      scope: { kind: 'statements', ids: statementsTheSidebarShows(tree) },
      title: vscode.l10n.t('Facts matching “{0}”', filter), fileName: 'dprk-atlas-filtered',
    };
  }
  const country = fb.entity(scope);
  if (country?.kind !== 'country') {
    throw new Error(vscode.l10n.t('the fact base has no country "{0}"', scope));
  }
  return { scope: { kind: 'country', countryId: country.id }, title: vscode.l10n.t('{0} and North Korea', country.name), fileName: `dprk-atlas-${country.id}` };
}

/** Every statement under an item of a sidebar view, as the filter leaves them. */
function statementsTheSidebarShows({ model }: TreeApi): Set<string> {
  const ids = new Set<string>();
  for (const view of VIEW_KEYS) {
    for (const root of model.roots(view)) {
      for (const node of model.children(root)) {
        if (node.type === 'statement') {
          ids.add(node.statementId);
        }
      }
    }
  }
  return ids;
}

async function pickScope(fb: FactBase, tree: TreeApi): Promise<ChosenScope | undefined> {
  const filter = tree.filter;
  const items: (vscode.QuickPickItem & { scope: string })[] = [
    { label: vscode.l10n.t('The whole fact base'), detail: vscode.l10n.t('{0} statements', fb.statements.length), scope: 'all' },
    ...(filter !== undefined ? [{ label: vscode.l10n.t('The sidebar filter “{0}”', filter), scope: 'filter' }] : []),
    { label: vscode.l10n.t('Countries'), kind: vscode.QuickPickItemKind.Separator, scope: '' },
    ...fb.relationCountries().map(c => ({ label: c.name, detail: vscode.l10n.t('{0} statements', fb.statementsForCountry(c.id).length), scope: c.id })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Facts: What to Export') });
  return picked && scopeOf(fb, picked.scope, tree);
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map(format => ({ label: format.label, detail: format.detail, format })),
    { title: vscode.l10n.t('Export Facts: Format') },
  );
  return picked?.format;
}

/** The suggested file: beside the document being edited when it is on disk, else just the name. */
function besideActiveDocument(fileName: string): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return active?.scheme === 'file' ? vscode.Uri.joinPath(active, '..', fileName) : undefined;
}
