// dprkAtlas.hover.* read for each hover, so a change applies at once (and `[markdown]`-style overrides apply).
import * as vscode from 'vscode';

export function hoverCardsApplyTo(document: vscode.TextDocument): boolean {
  const settings = vscode.workspace.getConfiguration('dprkAtlas.hover', document);
  const languages = settings.get<string[]>('languages', ['*']);
  return settings.get<boolean>('enabled', true) && (languages.includes('*') || languages.includes(document.languageId));
}
