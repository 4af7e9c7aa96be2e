// Checks Markdown and plain-text drafts against the fact base (dprkAtlas.check.*): a Warning where a once-only
// event's date cannot match the fact base's, at most an Information note for a recurring one, with code actions.
// Drafts are checked again whenever the store's fact base changes.
import * as vscode from 'vscode';
import type { FactStore } from '../core/factStore';
import { DRAFT_SELECTOR } from './checkSettings';
import { COMMANDS } from '../shared/commands';
import { ClaimCodeActions } from './claimCodeActions';
import { DraftChecks } from './draftChecks';
import { IgnoredClaims } from './ignoredClaims';

export function registerClaimCheck(context: vscode.ExtensionContext, { store }: { store: FactStore }): DraftChecks {
  const ignored = new IgnoredClaims(context.workspaceState);
  const checks = new DraftChecks(store, (document, sentence) => ignored.has(document, sentence));
  context.subscriptions.push(
    checks,
    store.onDidChange(() => checks.recheckAll()),
    vscode.workspace.onDidOpenTextDocument(document => checks.schedule(document)),
    vscode.workspace.onDidChangeTextDocument(e => {
      if (e.contentChanges.length) {
        checks.scheduleAfterEdit(e);
      }
    }),
    vscode.workspace.onDidCloseTextDocument(document => checks.forget(document)),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('dprkAtlas.check')) {
        checks.recheckAll();
      }
    }),
    vscode.languages.registerCodeActionsProvider(DRAFT_SELECTOR, new ClaimCodeActions(store, checks), { providedCodeActionKinds: ClaimCodeActions.kinds }),
    vscode.commands.registerCommand(COMMANDS.ignoreClaim, async (uri: unknown, sentence: unknown) => {
      if (typeof uri !== 'string' || typeof sentence !== 'string') {
        return;
      }
      await ignored.add(uri, sentence);
      checks.recheck(uri);
    }),
  );
  checks.recheckAll();
  return checks;
}
