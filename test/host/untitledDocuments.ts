// Unsaved documents for the host tests, each under a URI no other document of the run has had.
//
// Not `openTextDocument({ content })`: VS Code names those untitled:Untitled-N with the lowest free N. The workbench
// gives every dirty untitled document a background tab about 0.8 s after it appears, so the suites' `closeAllEditors`
// reverts and closes them (in extension tests the save prompt answers "Don't Save") and frees their names; the large
// document, the line of combining marks, the binary-looking text and the reader's drafts were all Untitled-1 in turn.
// Whatever finds a document by URI (openTextDocument itself, the hover command) could then reach an earlier test's
// document while its close was still on the way: the binary-looking text once got the card of a "DPRK" it lacks.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** An unsaved document holding `content`, in `language`, under a fresh untitled URI. */
export async function openUntitled(content: string, language = 'plaintext'): Promise<vscode.TextDocument> {
  // A path makes VS Code keep the name; a random one is unique across test files, which each bundle their own copy.
  // (Web Crypto's randomUUID: the web worker suite shares this file.)
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/dprk-atlas-host-test/${crypto.randomUUID()}` });
  let document = await vscode.workspace.openTextDocument(uri);
  assert.equal(document.uri.toString(), uri.toString(), 'VS Code opened another document');
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  assert.ok(await vscode.workspace.applyEdit(edit), `could not fill ${uri}`);
  if (document.languageId !== language) {
    document = await vscode.languages.setTextDocumentLanguage(document, language);
  }
  return document;
}
