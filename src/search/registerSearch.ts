// Registers "DPRK Atlas: Search…" (command palette and view title).
import * as vscode from 'vscode';
import type { FactBase } from '../core/factBase';
import { createSearchQuickPick } from './searchQuickPick';

export function registerSearch(context: vscode.ExtensionContext, { factBase }: { factBase: FactBase }): void {
  context.subscriptions.push(vscode.commands.registerCommand('dprkAtlas.search', () => createSearchQuickPick(factBase).show()));
}
