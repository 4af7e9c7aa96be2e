// Checks Markdown and plain-text drafts against the fact base (dprkAtlas.check.*): a Warning where a once-only
// event's date cannot match the fact base's, at most an Information note for a recurring one.
import * as vscode from 'vscode';
import { ClaimChecker } from '../core/check';
import type { FactBase } from '../core/factBase';
import type { NameMatcher } from '../core/matcher';
import { DraftChecks } from './draftChecks';

export function registerClaimCheck(context: vscode.ExtensionContext, deps: { factBase: FactBase; names: () => NameMatcher }): DraftChecks {
  const checks = new DraftChecks(deps.factBase, new ClaimChecker(deps.factBase, deps.names), () => false);
  context.subscriptions.push(
    checks,
    vscode.workspace.onDidOpenTextDocument(document => checks.schedule(document)),
    vscode.workspace.onDidChangeTextDocument(e => {
      if (e.contentChanges.length) {
        checks.scheduleAfterEdit(e.document);
      }
    }),
    vscode.workspace.onDidCloseTextDocument(document => checks.forget(document)),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('dprkAtlas.check')) {
        checks.recheckAll();
      }
    }),
  );
  checks.recheckAll();
  return checks;
}
