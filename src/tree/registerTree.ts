// The sidebar: five views over one TreeModel, with reveal, filter, sort, citation and passage commands.
import * as vscode from 'vscode';
import { citationMarkdown } from '../core/citation';
import type { FactStore } from '../core/factStore';
import { SearchIndex } from '../core/search/searchIndex';
import { AbandonedWork } from '../core/slicedTask';
import { AtlasTreeProvider } from './atlasTreeProvider';
import { registerRawSources } from './rawSource';
import { type AtlasNode, type EventOrder, TreeModel, VIEW_KEYS, type ViewKey } from './treeModel';
import { COMMANDS, statementIdOf } from '../shared/commands';

export interface TreeApi {
  readonly model: TreeModel;
  readonly providers: Readonly<Record<ViewKey, AtlasTreeProvider>>;
  readonly views: Readonly<Record<ViewKey, vscode.TreeView<AtlasNode>>>;
  /** The active text filter, if any. */
  readonly filter: string | undefined;
}

const FILTERED_CONTEXT = 'dprkAtlas.treeFiltered';
const NEWEST_FIRST_CONTEXT = 'dprkAtlas.newestFirst';

export function registerTree(context: vscode.ExtensionContext, { store }: { store: FactStore }): TreeApi {
  const model = new TreeModel(store);
  const providers = {} as Record<ViewKey, AtlasTreeProvider>;
  const views = {} as Record<ViewKey, vscode.TreeView<AtlasNode>>;
  for (const key of VIEW_KEYS) {
    providers[key] = new AtlasTreeProvider(model, key);
    views[key] = vscode.window.createTreeView(`dprkAtlas.${key}`, { treeDataProvider: providers[key], showCollapseAll: true });
    context.subscriptions.push(providers[key], views[key]);
  }
  /** The filter asked for, and the one the views show (they differ while the search index is being built). */
  let filter: string | undefined;
  let applied: string | undefined;

  const refresh = () => {
    for (const key of VIEW_KEYS) {
      const view = views[key];
      const shown = applied === undefined ? 0 : model.roots(key).length;
      view.description = [filter !== undefined && vscode.l10n.t('“{0}”', filter), model.order === 'newest-first' && vscode.l10n.t('newest first')]
        .filter(Boolean).join(' · ') || undefined;
      view.message = filter !== applied && filter !== undefined ? vscode.l10n.t('Filtering by “{0}”…', filter)
        : applied === undefined ? undefined
        : shown > 0 ? vscode.l10n.t('Filtered by “{0}”.', applied) : vscode.l10n.t('Nothing here matches “{0}”.', applied);
      providers[key].refresh();
    }
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, filter !== undefined);
    void vscode.commands.executeCommand('setContext', NEWEST_FIRST_CONTEXT, model.order === 'newest-first');
  };
  const setFilter = async (query: string | undefined): Promise<void> => {
    const wanted = filter = query?.trim() || undefined;
    const factBase = store.factBase;
    // Filtering uses the search index, so the sidebar and search agree on aliases, diacritics and word order. Its
    // first build runs in slices, the views saying so meanwhile; a newer filter or fact base arriving then wins.
    if (wanted !== undefined && !SearchIndex.isBuilt(factBase)) {
      refresh();
    }
    let ids: Set<string> | undefined;
    try {
      ids = wanted === undefined ? undefined : (await SearchIndex.whenBuilt(factBase)).matchingIds(wanted);
    } catch (error) {
      if (error instanceof AbandonedWork) {
        return; // the store replaced this fact base: the filter is applied again to the new one
      }
      throw error;
    }
    if (wanted === filter && factBase === store.factBase) {
      applied = wanted;
      model.setFilter(ids);
      refresh();
    }
  };
  // A changed fact base: the same filter over the new data. Items keep their ids, so VS Code keeps them expanded.
  context.subscriptions.push(store.onDidChange(() => void setFilter(filter)));
  const setOrder = (order: EventOrder) => {
    model.order = order;
    refresh();
  };

  const reveal = async (target: unknown): Promise<void> => {
    const node = typeof target === 'string' ? model.nodeFor(target) : undefined;
    if (!node) {
      void vscode.window.showInformationMessage(vscode.l10n.t('DPRK Atlas has no sidebar item for {0}.', JSON.stringify(target)));
      return;
    }
    if (!model.isVisible(node)) {
      await setFilter(undefined);
    }
    await views[node.view].reveal(node, { select: true, focus: true, expand: node.type !== 'statement' });
  };

  registerRawSources(context, store);
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.revealInSidebar, reveal),
    vscode.commands.registerCommand(COMMANDS.filterTree, async (query?: unknown) => {
      const text = typeof query === 'string' ? query : await vscode.window.showInputBox({
        title: vscode.l10n.t('Filter the DPRK Atlas Sidebar'),
        prompt: vscode.l10n.t('Show the items that match every word (names, aliases, dates, quotes). Empty clears the filter.'),
        value: filter,
      });
      if (text !== undefined) {
        await setFilter(text);
      }
    }),
    vscode.commands.registerCommand(COMMANDS.clearTreeFilter, () => setFilter(undefined)),
    vscode.commands.registerCommand(COMMANDS.sortOldestFirst, () => setOrder('oldest-first')),
    vscode.commands.registerCommand(COMMANDS.sortNewestFirst, () => setOrder('newest-first')),
    vscode.commands.registerCommand(COMMANDS.copyCitation, async (target: unknown) => {
      const factBase = store.factBase;
      const statement = factBase.statement(statementIdOf(target) ?? '');
      if (!statement) {
        void vscode.window.showWarningMessage(vscode.l10n.t('DPRK Atlas has no fact {0} to cite.', JSON.stringify(target)));
        return;
      }
      await vscode.env.clipboard.writeText(citationMarkdown(factBase, statement));
      vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Fact with citation copied as Markdown'), 3000);
    }),
  );
  refresh();
  return { model, providers, views, get filter() { return filter; } };
}
