// Inserts a citation of a fact into a document as one undoable edit: in Markdown a footnote (or inline, by
// dprkAtlas.cite.markdownStyle), in other documents an inline parenthetical citation.
import * as vscode from 'vscode';
import { datedEvidence } from '../core/check';
import { type CitationStyle, citationInserts } from '../core/citeAt';
import type { FactBase } from '../core/factBase';

/** The one edit that cites the statement at `offset`, or undefined (with a message) when there is no such fact. */
export function citationEdit(factBase: FactBase, document: vscode.TextDocument, offset: number, statementId: string): vscode.WorkspaceEdit | undefined {
  const statement = factBase.statement(statementId);
  if (!statement) {
    void vscode.window.showWarningMessage(vscode.l10n.t('DPRK Atlas has no fact with the id {0}.', JSON.stringify(statementId)));
    return undefined;
  }
  const markdown = document.languageId === 'markdown';
  const style = vscode.workspace.getConfiguration('dprkAtlas.cite', document).get<CitationStyle>('markdownStyle', 'footnote');
  const inserts = citationInserts(factBase, statement, datedEvidence(statement), document.getText(), offset, { markdown, style });
  const edit = new vscode.WorkspaceEdit();
  for (const insert of inserts) {
    edit.insert(document.uri, document.positionAt(insert.offset), insert.text);
  }
  return edit;
}

export async function insertCitation(factBase: FactBase, document: vscode.TextDocument, position: vscode.Position, statementId: string): Promise<void> {
  const edit = citationEdit(factBase, document, document.offsetAt(position), statementId);
  if (edit) {
    await vscode.workspace.applyEdit(edit);
  }
}
