// Registers "DPRK Atlas: Search…" (command palette and view title).
import * as vscode from 'vscode';
import type { CurrentFactBase } from '../core/factStore';
import { COMMANDS } from '../shared/commands';
import { createSearchQuickPick } from './searchQuickPick';

export function registerSearch(context: vscode.ExtensionContext, { store }: { store: CurrentFactBase }): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.search, () => createSearchQuickPick(store.factBase).show()));
}
