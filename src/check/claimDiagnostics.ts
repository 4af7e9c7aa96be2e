// A finding of the claim checker as a diagnostic: on the claim's date or count, with the fact base's value as the
// source words it, the source, and the passage as related information.
import * as vscode from 'vscode';
import { type ClaimFinding, quoteExcerpt } from '../core/check';
import type { FactBase } from '../core/factBase';
import { rawSourceUri } from '../tree/rawSource';

export const DIAGNOSTIC_SOURCE = 'DPRK Atlas'; // not user text: the product's name, never translated

/** The code is the statement's id, which the code actions read back. */
export function claimDiagnostic(factBase: FactBase, document: vscode.TextDocument, finding: ClaimFinding): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
  const source = factBase.source(finding.evidence.source);
  const title = source?.title ?? finding.evidence.source;
  const quote = quoteExcerpt(finding.evidence.quote, finding.factWords);
  const message = finding.note === undefined
    ? vscode.l10n.t('The fact base has {0} ({1}: “{2}”)', finding.factWords, title, quote)
    : vscode.l10n.t('The fact base records {0} ({1}: “{2}”)', finding.note, title, quote);
  const severity = finding.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
  const diagnostic = new vscode.Diagnostic(range, message, severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = finding.statement.id;
  if (source) {
    const passage = new vscode.Range(positionIn(source.text, finding.evidence.start), positionIn(source.text, finding.evidence.end));
    diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(
      new vscode.Location(rawSourceUri(source.id), passage), vscode.l10n.t('The passage in {0}', title))];
  }
  return diagnostic;
}

/** Line and character of an offset in a source's text, as its read-only document will show it. */
function positionIn(text: string, offset: number): vscode.Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return new vscode.Position(line, offset - (before.lastIndexOf('\n') + 1));
}
