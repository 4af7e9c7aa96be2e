// "DPRK Atlas: Add Fact from Selection": on a passage selected in the reader, in Open Raw Source's text, or in an
// editor on a workspace source file, appends a statement draft for it to the statements file named after the source
// (statements/<source id>.yaml, made if missing) of the fact base that has the source (for a bundled source, the
// workspace's own, made after asking if there is none), as one undoable WorkspaceEdit, then shows it with the cursor
// where the writer says what the passage reports. The edit stays unsaved; nothing is written without the command, and
// nothing in Restricted Mode.
import * as vscode from 'vscode';
import { appendRecord } from '../core/factBaseYaml/appendRecord';
import { statementDraft } from '../core/factBaseYaml/statementDraft';
import type { FactStore } from '../core/factStore';
import type { NameMatcher } from '../core/matcher';
import type { SourceRange } from '../core/search/documents';
import { RAW_SOURCE_SCHEME, rawSourceId } from '../tree/rawSource';
import { factBaseLocationOf } from '../workspace/factBaseLocations';
import { currentText, factBaseFolderFor, insertInto, writingAllowed } from './writing';

/** The passage selected where the writer reads: `readerSelection` is the focused reader's, if one has the focus. */
export async function addFactFromSelection(store: FactStore, names: () => NameMatcher, readerSelection: () => SourceRange | undefined): Promise<void> {
  if (!writingAllowed()) {
    return;
  }
  // A focused webview leaves no active text editor; with one active, its selection is meant, whatever a reader panel
  // last reported (its focus reaches the extension host apart from the editor's, and may lag behind it).
  const passage = (vscode.window.activeTextEditor ? undefined : readerSelection()) ?? editorSelection(store);
  if (passage) {
    await addFactDraft(store, names, passage);
  }
}

/** The active editor's selection as a range of a source's text, or undefined after saying what to do instead. */
function editorSelection(store: FactStore): SourceRange | undefined {
  const editor = vscode.window.activeTextEditor;
  const document = editor?.document;
  const where = document && factBaseLocationOf(document.uri);
  const source = document?.uri.scheme === RAW_SOURCE_SCHEME
    ? store.factBase.source(rawSourceId(document.uri))
    : where && store.workspaceBase(where.location.uri.toString())?.sources.find(s => s.file === where.path);
  if (!editor || !source) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Select the passage the fact rests on in the reader, in Open Raw Source or in a source file of your fact base (listed in .dprk-atlas/sources.yaml).'));
    return undefined;
  }
  if (editor.document.getText() !== source.text) {
    void vscode.window.showWarningMessage(source.cleaning === 'html'
      ? vscode.l10n.t('The quotes of a web page come from its readable text: select the passage in the reader or in Open Raw Source.')
      : vscode.l10n.t('Save the source first: quotes are checked against the saved file.'));
    return undefined;
  }
  return { source: source.id, start: editor.document.offsetAt(editor.selection.start), end: editor.document.offsetAt(editor.selection.end) };
}

/** The draft for `passage` (offsets in its source's text), written into the fact base that has the source. */
async function addFactDraft(store: FactStore, names: () => NameMatcher, passage: SourceRange): Promise<void> {
  const source = store.factBase.source(passage.source);
  if (!source) {
    return;
  }
  const owner = store.workspaceKeys.find(key => store.workspaceBase(key)?.sources.some(s => s.id === source.id));
  const folder = owner ? vscode.Uri.parse(owner) : await factBaseFolderFor(store);
  if (!folder) {
    return;
  }
  const target = vscode.Uri.joinPath(folder, 'statements', `${source.id}.yaml`);
  const existing = await currentText(target);
  const draft = statementDraft({
    sourceId: source.id,
    sourceText: source.text,
    start: passage.start,
    end: passage.end,
    findNames: text => names().findAll(text),
    isTaken: id => store.factBase.statement(id) !== undefined || (existing ?? '').includes(`id: ${id}\n`),
  });
  if ('error' in draft) {
    void vscode.window.showWarningMessage(draft.error); // translated where it is made (statementDraft)
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  const insertion = appendRecord(existing ?? '', 'statements', draft.yaml);
  await insertInto(edit, target, existing, insertion);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('DPRK Atlas could not add the draft to {0}.', vscode.workspace.asRelativePath(target)));
    return;
  }
  const edited = await vscode.workspace.openTextDocument(target);
  const typeLine = edited.positionAt(insertion.recordStart + draft.yaml.indexOf('    type: ') + '    type: '.length);
  await vscode.window.showTextDocument(edited, { selection: new vscode.Selection(typeLine, typeLine) });
}
