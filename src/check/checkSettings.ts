// dprkAtlas.check.* read for each check, so a change applies at once (and `[markdown]`-style overrides apply).
import * as vscode from 'vscode';

/** The schemes of drafts a person writes: files, unsaved files, GitHub/Azure Repos files; not output or git views. */
const DRAFT_SCHEMES = new Set(['file', 'untitled', 'vscode-vfs']);

/** Where the claim check's code actions are offered (they act only on its own diagnostics). */
export const DRAFT_SELECTOR: vscode.DocumentSelector = [...DRAFT_SCHEMES].map(scheme => ({ scheme }));

export function claimChecksApplyTo(document: vscode.TextDocument): boolean {
  if (!DRAFT_SCHEMES.has(document.uri.scheme)) {
    return false;
  }
  const settings = vscode.workspace.getConfiguration('dprkAtlas.check', document);
  return settings.get<boolean>('enabled', true) && settings.get<string[]>('languages', ['markdown', 'plaintext']).includes(document.languageId);
}
