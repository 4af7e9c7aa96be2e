// Issue 16: a workspace without a fact base of its own. Add Source from File… offers to make `.dprk-atlas/` and
// writes nothing unless the writer agrees; then it copies the file into sources/ byte for byte (never over another)
// with its record in sources.yaml, as one edit that one Undo takes back. The suite runs after workspaceFactBase's,
// which leaves no fact-base folder, and removes the one it makes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AtlasTestApi } from '../../src/testApi';
import { activateAtlas, closeAllEditors } from './atlas';
import { eventually } from './eventually';

const CREATE = 'Create .dprk-atlas/';
const COPY = 'Copy and Add';

describe('workspace without a fact base: Add Source from File…', function () {
  this.timeout(60_000);
  let api: AtlasTestApi;
  const workspaceFolder = vscode.workspace.workspaceFolders![0].uri.fsPath;
  const base = path.join(workspaceFolder, '.dprk-atlas');
  const notes = vscode.Uri.file(path.join(workspaceFolder, 'interview-notes.txt'));
  const notesBytes = fs.readFileSync(notes.fsPath);
  const files = () => (fs.existsSync(base) ? fs.readdirSync(base, { recursive: true, withFileTypes: true }).filter(e => e.isFile()).map(e => path.relative(base, path.join(e.parentPath, e.name))).sort() : []);

  /** Deletes the folder as the Explorer does, so the extension hears it without waiting on the file watcher. */
  const removeFactBase = async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.deleteFile(vscode.Uri.file(base), { recursive: true, ignoreIfNotExists: true });
    assert.ok(await vscode.workspace.applyEdit(edit));
    fs.rmSync(base, { recursive: true, force: true });
    await eventually('no workspace fact base in the store', () => api.store.workspaceKeys.length === 0);
  };

  before(async () => {
    api = await activateAtlas();
    assert.ok(!fs.existsSync(base), `${base} exists before the suite; remove it`);
    await eventually('no workspace fact base in the store', () => api.store.workspaceKeys.length === 0);
  });

  after(async () => {
    for (const document of vscode.workspace.textDocuments.filter(d => d.isDirty && d.uri.fsPath.startsWith(base + path.sep))) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await closeAllEditors();
    await removeFactBase();
  });

  it('offers to create .dprk-atlas/ and writes nothing when the writer declines', async () => {
    api.answerQuestions(undefined);
    await vscode.commands.executeCommand('dprkAtlas.addSourceFromFile', notes);
    assert.equal(fs.existsSync(base), false);
  });

  it('creates the fact base with a byte-for-byte copy and its record, as one edit that Undo takes back', async () => {
    api.answerQuestions(CREATE, COPY);
    await vscode.commands.executeCommand('dprkAtlas.addSourceFromFile', notes);
    const sources = vscode.Uri.file(path.join(base, 'sources.yaml'));
    const editor = await eventually('sources.yaml in the editor', () => vscode.window.activeTextEditor?.document.uri.toString() === sources.toString() && vscode.window.activeTextEditor);
    const title = notesBytes.toString('utf8').split('\n')[0].trim();
    assert.equal(editor.document.getText(), `sources:\n  - id: interview-notes\n    file: "sources/interview-notes.txt"\n    title: ${JSON.stringify(title)}\n`);
    assert.equal(editor.document.getText(editor.selection), JSON.stringify(title), 'the guessed title is selected for the writer to check');
    assert.ok(editor.document.isDirty, 'sources.yaml is left unsaved');
    assert.deepEqual(fs.readFileSync(path.join(base, 'sources/interview-notes.txt')), notesBytes);
    await vscode.commands.executeCommand('undo');
    await eventually('Undo takes the copy and sources.yaml back', () => files().length === 0);
    await closeAllEditors();
    // Undo leaves the folders the copy made, empty; without them the next test starts from no fact base again.
    await removeFactBase();
  });

  it('adds the source once saved, and copies the same file again under a new name, never over the first', async () => {
    api.answerQuestions(CREATE, COPY);
    await vscode.commands.executeCommand('dprkAtlas.addSourceFromFile', notes);
    const sources = vscode.Uri.file(path.join(base, 'sources.yaml'));
    const first = await eventually('sources.yaml in the editor', () => vscode.window.activeTextEditor?.document.uri.toString() === sources.toString() && vscode.window.activeTextEditor);
    assert.ok(await first.document.save());
    const saved = fs.readFileSync(sources.fsPath, 'utf8');
    await eventually('the new source in the store', () => api.factBase.source('interview-notes'));
    api.answerQuestions(COPY);
    await vscode.commands.executeCommand('dprkAtlas.addSourceFromFile', notes);
    await eventually('the second record', () => vscode.window.activeTextEditor?.document.getText().includes('id: interview-notes-2\n'));
    const text = vscode.window.activeTextEditor!.document.getText();
    assert.equal(text, `${saved}  - id: interview-notes-2\n    file: "sources/interview-notes-2.txt"\n${text.slice(text.lastIndexOf('    title: '))}`);
    assert.deepEqual(files(), ['sources.yaml', 'sources/interview-notes-2.txt', 'sources/interview-notes.txt']);
    assert.deepEqual(fs.readFileSync(path.join(base, 'sources/interview-notes.txt')), notesBytes, 'the first copy is untouched');
    await vscode.commands.executeCommand('undo');
    await eventually('Undo takes the second copy back', () => !fs.existsSync(path.join(base, 'sources/interview-notes-2.txt')));
    assert.equal(vscode.window.activeTextEditor!.document.getText(), saved, 'sources.yaml is byte for byte as saved');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('adds a file already in sources/ with its record only, asking nothing, and a listed one not again', async () => {
    fs.writeFileSync(path.join(base, 'sources/later.md'), '# Later notes\n\nThe envoy called again.\n');
    const saved = fs.readFileSync(path.join(base, 'sources.yaml'), 'utf8');
    api.answerQuestions();
    await vscode.commands.executeCommand('dprkAtlas.addSourceFromFile', vscode.Uri.file(path.join(base, 'sources/later.md')));
    const editor = await eventually('the record for later.md', () => vscode.window.activeTextEditor?.document.getText().includes('id: later\n') && vscode.window.activeTextEditor);
    assert.equal(editor.document.getText(), `${saved}  - id: later\n    file: "sources/later.md"\n    title: "Later notes"\n`);
    assert.deepEqual(files(), ['sources.yaml', 'sources/interview-notes.txt', 'sources/later.md'], 'nothing copied');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('dprkAtlas.addSourceFromFile', vscode.Uri.file(path.join(base, 'sources/interview-notes.txt')));
    assert.equal(vscode.workspace.textDocuments.find(d => d.uri.fsPath === path.join(base, 'sources.yaml'))?.isDirty ?? false, false, 'a listed file is not added twice');
    assert.equal(fs.readFileSync(path.join(base, 'sources.yaml'), 'utf8'), saved);
  });
});
