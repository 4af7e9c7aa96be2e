// Hover cards on known names: who or what the name is, with its most telling sourced facts.
import * as vscode from 'vscode';
import { CARD_COMMANDS, hoverCardAt } from '../core/card';
import type { CurrentFactBase, FactStore } from '../core/factStore';
import { type NameMatcher, sharedNameMatcher } from '../core/matcher';
import { hoverCardsApplyTo } from './hoverSettings';

/**
 * Files, unsaved files, notebook cells and the files of GitHub/Azure Repos virtual workspaces (vscode-vfs); not a
 * bare '*', which would also reach output, diff and git views. package.json declares virtual workspaces "limited".
 */
export const HOVER_SELECTOR: vscode.DocumentSelector = ['file', 'untitled', 'vscode-notebook-cell', 'vscode-vfs'].map(scheme => ({ scheme }));

export class NameHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: CurrentFactBase,
    private readonly names: () => NameMatcher = () => sharedNameMatcher(store.factBase)(),
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (!hoverCardsApplyTo(document)) {
      return undefined;
    }
    // Built on the first hover rather than at activation.
    const matcher = this.names();
    if (token.isCancellationRequested) {
      return undefined;
    }
    const hover = hoverCardAt(this.store.factBase, matcher, document.lineAt(position.line).text, position.character);
    if (!hover || token.isCancellationRequested) {
      return undefined;
    }
    const markdown = new vscode.MarkdownString(hover.markdown);
    markdown.isTrusted = { enabledCommands: Object.values(CARD_COMMANDS) };
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, new vscode.Range(position.line, hover.match.start, position.line, hover.match.end));
  }
}

export function registerHoverCards(context: vscode.ExtensionContext, deps: { store: FactStore; names: () => NameMatcher }): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(HOVER_SELECTOR, new NameHoverProvider(deps.store, deps.names)),
    // After a change, the new matcher is built off the hover path, so the next hover does not wait for it.
    deps.store.onDidChange(() => void setTimeout(deps.names, 0)),
  );
}
