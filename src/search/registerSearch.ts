// Registers "DPRK Atlas: Search…" (command palette and view title), and owns the search index's life: the index of
// a fact base the store has replaced is no longer built.
import * as vscode from 'vscode';
import { SearchIndex } from '../core/search/searchIndex';
import { COMMANDS } from '../shared/commands';
import { type SearchedStore, createSearchQuickPick } from './searchQuickPick';

export function registerSearch(context: vscode.ExtensionContext, { store }: { store: SearchedStore }): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.search, () => createSearchQuickPick(store).show()));
  let searched = store.factBase;
  context.subscriptions.push(store.onDidChange(factBase => {
    // Every surface searches the store's current fact base (the sidebar filter, open pickers): the replaced one's
    // unfinished build would only take the thread's slices and hold its memory.
    SearchIndex.abandon(searched);
    searched = factBase;
  }));
}
