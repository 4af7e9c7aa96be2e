// "DPRK Atlas: Add Fact from Selection", in an editor on a workspace source file: appends a statement draft for the
// selected passage to the statements file named after the source (statements/<source id>.yaml, made if missing) as
// one undoable WorkspaceEdit, then shows it with the cursor where the writer says what the passage reports. The edit
// stays unsaved until the writer saves; nothing is written without the command, and nothing in Restricted Mode.
import * as vscode from 'vscode';
import { statementDraft } from '../core/factBaseYaml/statementDraft';
import type { FactStore } from '../core/factStore';
import type { NameMatcher } from '../core/matcher';
import { factBaseLocationOf } from '../workspace/factBaseLocations';

export async function addFactFromSelection(store: FactStore, names: () => NameMatcher): Promise<void> {
  // The handler checks trust itself: `executeCommand` ignores the menus' `when` clauses.
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t('DPRK Atlas writes to your fact base only in a trusted workspace; in Restricted Mode it only reads it.'));
    return;
  }
  const editor = vscode.window.activeTextEditor;
  const where = editor && factBaseLocationOf(editor.document.uri);
  const source = where && store.workspaceBase(where.location.uri.toString())?.sources.find(s => s.file === where.path);
  if (!editor || !where || !source) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a source file of your fact base (listed in .dprk-atlas/sources.yaml) and select the passage the fact rests on.'));
    return;
  }
  if (editor.document.isDirty || editor.document.getText() !== source.text) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Save the source first: quotes are checked against the saved file.'));
    return;
  }
  const target = vscode.Uri.joinPath(where.location.uri, 'statements', `${source.id}.yaml`);
  const existing = await vscode.workspace.openTextDocument(target).then(d => d, () => undefined);
  const existingText = existing?.getText() ?? '';
  const draft = statementDraft({
    sourceId: source.id,
    sourceText: source.text,
    start: editor.document.offsetAt(editor.selection.start),
    end: editor.document.offsetAt(editor.selection.end),
    findNames: text => names().findAll(text),
    isTaken: id => store.factBase.statement(id) !== undefined || existingText.includes(`id: ${id}\n`),
  });
  if ('error' in draft) {
    void vscode.window.showWarningMessage(draft.error); // translated where it is made (statementDraft)
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  if (!existing) {
    edit.createFile(target, { ignoreIfExists: true });
  }
  const header = existingText.trim() === '' ? 'statements:\n' : existingText.endsWith('\n') ? '' : '\n';
  const end = existing ? existing.positionAt(existingText.length) : new vscode.Position(0, 0);
  edit.insert(target, end, header + draft.yaml);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('DPRK Atlas could not add the draft to {0}.', vscode.workspace.asRelativePath(target)));
    return;
  }
  const document = await vscode.workspace.openTextDocument(target);
  const typeLine = document.positionAt(existingText.length + header.length + draft.yaml.indexOf('    type: ') + '    type: '.length);
  await vscode.window.showTextDocument(document, { selection: new vscode.Selection(typeLine, typeLine) });
}
