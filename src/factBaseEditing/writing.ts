// What every writing command shares: it refuses in Restricted Mode, asks before it copies a file in or makes a fact
// base, and finds the fact-base folder a new record goes to. The commands write only as one WorkspaceEdit.
import * as vscode from 'vscode';
import type { RecordInsertion } from '../core/factBaseYaml/appendRecord';
import type { FactStore } from '../core/factStore';
import { factBaseLocations } from '../workspace/factBaseLocations';

/** Test build only: the host tests' answers to the next questions, taken in order before any dialog shows. */
export const presetAnswers: (string | undefined)[] = [];

/** False, after saying why, in Restricted Mode; checked in each handler, as `executeCommand` ignores `when` clauses. */
export function writingAllowed(): boolean {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t('DPRK Atlas writes to your fact base only in a trusted workspace; in Restricted Mode it only reads it.'));
  }
  return vscode.workspace.isTrusted;
}

/** A modal question with one action; true when the writer chose it. */
export async function ask(message: string, detail: string, action: string): Promise<boolean> {
  if (TEST_BUILD && presetAnswers.length > 0) {
    return presetAnswers.shift() === action;
  }
  return (await vscode.window.showInformationMessage(message, { modal: true, detail }, action)) === action;
}

/**
 * The fact-base folder for a new record: the one loaded in the workspace folder of `near` (or the first one loaded);
 * with none, after asking, the first configured folder of that workspace folder (`.dprk-atlas/`), which the
 * command's edit then creates. Undefined when there is no workspace folder or the writer declines.
 */
export async function factBaseFolderFor(store: FactStore, near?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const home = (near && vscode.workspace.getWorkspaceFolder(near)) ?? vscode.workspace.workspaceFolders?.[0];
  const locations = factBaseLocations();
  const loaded = locations.filter(l => store.workspaceKeys.includes(l.uri.toString()));
  const found = loaded.find(l => l.workspaceFolder === home) ?? loaded[0];
  if (found) {
    return found.uri;
  }
  const proposed = locations.find(l => l.workspaceFolder === home);
  if (!proposed) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: your fact base lives in a folder of the workspace.'));
    return undefined;
  }
  const create = vscode.l10n.t('Create {0}', `${proposed.relative}/`);
  const agreed = await ask(vscode.l10n.t('This workspace has no fact base of its own yet. Create {0} in {1}?', `${proposed.relative}/`, proposed.workspaceFolder.name),
    vscode.l10n.t('Your sources and facts go there (sources.yaml, sources/, entities/, statements/) and show beside the bundled ones.'), create);
  return agreed ? proposed.uri : undefined;
}

/**
 * The text of a file of the fact base as it stands (an open, unsaved buffer included), or undefined if there is no
 * such file: asked of the file system first, as a document of a file deleted meanwhile may still be open.
 */
export async function currentText(uri: vscode.Uri): Promise<string | undefined> {
  const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
  return exists ? vscode.workspace.openTextDocument(uri).then(d => d.getText(), () => undefined) : undefined;
}

/** Puts `insertion` (made from `existing`, the file's text, undefined for no file) into `edit`, creating the file if need be. */
export async function insertInto(edit: vscode.WorkspaceEdit, uri: vscode.Uri, existing: string | undefined, insertion: RecordInsertion): Promise<void> {
  if (existing === undefined) {
    edit.createFile(uri, { ignoreIfExists: true });
  }
  const document = existing === undefined ? undefined : await vscode.workspace.openTextDocument(uri);
  const at = (offset: number) => document?.positionAt(offset) ?? new vscode.Position(0, 0);
  edit.replace(uri, new vscode.Range(at(insertion.start), at(insertion.end)), insertion.text);
}
