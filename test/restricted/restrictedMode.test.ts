// Issue 16: Restricted Mode, in a host started with workspace trust on (scripts/test.mjs, the runner's
// --workspaceTrust) on test/fixtures/restricted-workspace, a folder nobody trusted. DPRK Atlas reads and shows the
// workspace's fact base, ignores the workspace's own value of its restricted setting, and its writing commands
// refuse in their handlers, even run through executeCommand (which skips `when` clauses) with every question answered yes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateAtlas, closeAllEditors } from '../host/atlas';
import { eventually } from '../host/eventually';

/** Every file under `dir` with its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter(e => e.isFile())
    .map(e => path.join(e.parentPath, e.name)).sort().map(file => [path.relative(dir, file), fs.readFileSync(file, 'base64')]));
}

describe('Restricted Mode (an untrusted workspace)', function () {
  this.timeout(60_000);
  const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;

  after(closeAllEditors);

  it('is what this host opened the fixture workspace in', () => {
    assert.equal(path.basename(folder), 'restricted-workspace');
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('reads and shows the workspace fact base, and ignores the workspace setting that points elsewhere', async () => {
    const api = await activateAtlas();
    await eventually('the workspace entity loads', () => api.factBase.entity('dorj-bat'));
    assert.ok(api.factBase.statement('mongolia-rail-accord-2025'));
    assert.ok(api.tree.model.nodeFor('dorj-bat'), 'a sidebar item');
    const workspaceSettings = JSON.parse(fs.readFileSync(path.join(folder, '.vscode/settings.json'), 'utf8'));
    assert.deepEqual(workspaceSettings['dprkAtlas.workspaceFactBases'], ['.dprk-atlas', 'elsewhere'], 'the workspace does set it');
    assert.deepEqual(vscode.workspace.getConfiguration('dprkAtlas').get('workspaceFactBases'), ['.dprk-atlas'], 'VS Code withholds it');
    assert.equal(api.factBase.entity('elsewhere-person'), undefined);
  });

  it('refuses Add Fact from Selection and Add Source from File… in their handlers, writing nothing', async () => {
    const api = await activateAtlas();
    const before = snapshot(folder);
    api.answerQuestions('Copy and Add');
    const notes = path.join(folder, '.dprk-atlas/sources/notes.txt');
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(notes));
    editor.selection = new vscode.Selection(1, 0, 1, editor.document.lineAt(1).text.length);
    await vscode.commands.executeCommand('dprkAtlas.addFactFromSelection');
    await vscode.commands.executeCommand('dprkAtlas.addSourceFromFile', vscode.Uri.file(path.join(folder, 'interview.txt')));
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, notes, 'no fact-base file opened for editing');
    assert.deepEqual(vscode.workspace.textDocuments.filter(d => d.isDirty).map(d => d.uri.fsPath), []);
    const after = snapshot(folder);
    // Were a command to write, the fixture folder (part of the repository) is put back before the test fails.
    for (const file of Object.keys(after).filter(f => !(f in before))) {
      fs.rmSync(path.join(folder, file));
    }
    api.answerQuestions();
    assert.deepEqual(after, before);
  });
});
