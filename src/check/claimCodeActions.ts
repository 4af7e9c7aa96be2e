// Code actions on the claim check's diagnostics: replace the claim's date or figure with the fact base's, insert a citation
// for the fact, open the passage, or ignore the claim. Each edit is one WorkspaceEdit, so one Undo takes it back.
import * as vscode from 'vscode';
import { citationEdit } from '../cite/insertCitation';
import type { ClaimFinding } from '../core/check';
import type { CurrentFactBase } from '../core/factStore';
import { DIAGNOSTIC_SOURCE } from './claimDiagnostics';
import type { DraftChecks } from './draftChecks';
import { COMMANDS } from '../shared/commands';

export class ClaimCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly store: CurrentFactBase, private readonly checks: DraftChecks) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const shown = this.checks.findingsIn(document);
    return context.diagnostics.filter(d => d.source === DIAGNOSTIC_SOURCE).flatMap(diagnostic => {
      const found = shown.find(s => s.diagnostic.range.isEqual(diagnostic.range) && s.diagnostic.code === diagnostic.code);
      return found ? this.actionsFor(document, diagnostic, found.finding) : [];
    });
  }

  private actionsFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: ClaimFinding): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const statementId = finding.statement.id;
    if (finding.severity === 'warning') {
      const title = finding.kind === 'date'
        ? vscode.l10n.t('Replace with the fact base\'s date: {0}', finding.factWords)
        : vscode.l10n.t('Replace with the fact base\'s figure: {0}', finding.factWords);
      const replace = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      replace.edit = new vscode.WorkspaceEdit();
      replace.edit.replace(document.uri, diagnostic.range, finding.factWords);
      replace.diagnostics = [diagnostic];
      replace.isPreferred = true;
      actions.push(replace);
    }
    const cite = new vscode.CodeAction(vscode.l10n.t('Insert a citation for this fact'), vscode.CodeActionKind.QuickFix);
    // After the sentence's last word, before its full stop: "… in 1964[^1]." reads as a footnote should.
    const sentence = document.getText().slice(finding.sentence.start, finding.sentence.end);
    cite.edit = citationEdit(this.store.factBase, document, finding.sentence.start + sentence.replace(/[.!?]["”’)]*$/u, '').length, statementId);
    cite.diagnostics = [diagnostic];
    actions.push(cite);
    const open = new vscode.CodeAction(vscode.l10n.t('Open the passage in the source'), vscode.CodeActionKind.QuickFix);
    open.command = { title: open.title, command: COMMANDS.openPassage, arguments: [statementId] };
    actions.push(open);
    const ignore = new vscode.CodeAction(vscode.l10n.t('Ignore this claim'), vscode.CodeActionKind.QuickFix);
    ignore.command = { title: ignore.title, command: COMMANDS.ignoreClaim, arguments: [document.uri.toString(), sentence] };
    ignore.diagnostics = [diagnostic];
    actions.push(ignore);
    return actions;
  }
}
