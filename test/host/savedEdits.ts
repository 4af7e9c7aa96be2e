// Saving a fact-base file as a writer does: in an editor, with the whole text replaced, then Save. A save VS Code
// refuses as a conflict (false) happens here when the file watcher reports the fixture's own creation only after the
// editor has read the file (seen on a loaded two-core machine): the editor then reads it again and the save is retried.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const ATTEMPTS = 3;

export async function saveInEditor(uri: vscode.Uri, text: string, viewColumn = vscode.ViewColumn.Active): Promise<vscode.TextEditor> {
  for (let attempt = 1; ; attempt++) {
    const editor = await vscode.window.showTextDocument(uri, { viewColumn });
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    assert.ok(await editor.edit(edit => edit.replace(whole, text)), `edited ${uri.fsPath}`);
    if (await editor.document.save()) {
      return editor;
    }
    assert.ok(attempt < ATTEMPTS, `${uri.fsPath}: VS Code refused the save ${ATTEMPTS} times`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}
