// Registers "DPRK Atlas: Search…" (command palette and view title).
import * as vscode from 'vscode';
import type { FactBase } from '../core/factBase';
import { createSearchQuickPick, type SearchPickItem } from './searchQuickPick';

export interface SearchApi {
  /** A new search QuickPick, not shown: the host tests type into it and read what VS Code shows first. */
  createQuickPick(): vscode.QuickPick<SearchPickItem>;
}

export function registerSearch(context: vscode.ExtensionContext, { factBase }: { factBase: FactBase }): SearchApi {
  context.subscriptions.push(vscode.commands.registerCommand('dprkAtlas.search', () => createSearchQuickPick(factBase).show()));
  return { createQuickPick: () => createSearchQuickPick(factBase) };
}
