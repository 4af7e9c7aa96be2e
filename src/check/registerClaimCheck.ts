// Checks Markdown and plain-text drafts against the fact base (dprkAtlas.check.*): a Warning where a once-only
// event's date cannot match the fact base's, at most an Information note for a recurring one, with code actions.
import * as vscode from 'vscode';
import { ClaimChecker } from '../core/check';
import type { FactBase } from '../core/factBase';
import type { NameMatcher } from '../core/matcher';
import { DRAFT_SELECTOR } from './checkSettings';
import { COMMANDS } from '../shared/commands';
import { ClaimCodeActions } from './claimCodeActions';
import { DraftChecks } from './draftChecks';
import { IgnoredClaims } from './ignoredClaims';

export function registerClaimCheck(context: vscode.ExtensionContext, deps: { factBase: FactBase; names: () => NameMatcher }): DraftChecks {
  const ignored = new IgnoredClaims(context.workspaceState);
  const checks = new DraftChecks(deps.factBase, new ClaimChecker(deps.factBase, deps.names), (document, sentence) => ignored.has(document, sentence));
  context.subscriptions.push(
    checks,
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
    vscode.languages.registerCodeActionsProvider(DRAFT_SELECTOR, new ClaimCodeActions(deps.factBase, checks), { providedCodeActionKinds: ClaimCodeActions.kinds }),
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
