// The Getting Started walkthrough's buttons do what their steps say, in the real workbench.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateAtlas, atlasExtension, closeAllEditors } from './atlas';
import { hoverOn } from './hoverTesting';

describe('walkthrough', function () {
  this.timeout(60_000);
  before(activateAtlas);
  afterEach(closeAllEditors);

  it('links only to commands the workbench knows', async () => {
    const known = new Set(await vscode.commands.getCommands(true));
    const steps: { description: string }[] = atlasExtension().packageJSON.contributes.walkthroughs[0].steps;
    const linked = steps.flatMap(s => [...s.description.matchAll(/\(command:([\w.]+)/g)].map(m => m[1]));
    assert.ok(linked.length >= steps.length);
    assert.deepEqual(linked.filter(id => !known.has(id)), []);
  });

  it('opens the sample draft unsaved, with cards on its names', async () => {
    await vscode.commands.executeCommand('dprkAtlas.openSampleDraft');
    const document = vscode.window.activeTextEditor?.document;
    assert.ok(document, 'no editor opened');
    assert.equal(document.uri.scheme, 'untitled');
    assert.equal(document.languageId, 'markdown');
    assert.deepEqual((await hoverOn(document, 'Kil Mun-yong')).entityIds, ['kil-mun-yong']);
    assert.deepEqual((await hoverOn(document, 'Ulan Bator')).entityIds, ['ulan-bator']);
  });

  it('has a sample draft whose wrong date the claim check flags, and only that one', async () => {
    await vscode.commands.executeCommand('dprkAtlas.openSampleDraft');
    const document = vscode.window.activeTextEditor!.document;
    let warnings: vscode.Diagnostic[] = [];
    for (let waited = 0; warnings.length === 0 && waited < 10_000; waited += 100) {
      await new Promise(resolve => setTimeout(resolve, 100));
      warnings = vscode.languages.getDiagnostics(document.uri).filter(d => d.severity === vscode.DiagnosticSeverity.Warning);
    }
    assert.deepEqual(warnings.map(d => document.getText(d.range)), ['1965']);
  });

  it('adds a fact of your own from a selection in your fact base, through the last step\'s button', async function () {
    this.timeout(120_000); // the fixture reaches the extension through code-server's file watcher
    const steps: { id: string; description: string }[] = atlasExtension().packageJSON.contributes.walkthroughs[0].steps;
    const [, command] = /\(command:([\w.]+)\)/.exec(steps.find(s => s.id === 'ownFact')!.description)!;
    const api = await activateAtlas();
    const base = path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, '.dprk-atlas');
    assert.ok(!fs.existsSync(base), `${base} exists before the test; remove it`);
    const passage = 'Ghana and North Korea agreed on a cultural programme in 2025.';
    fs.mkdirSync(path.join(base, 'sources'), { recursive: true });
    fs.writeFileSync(path.join(base, 'sources/notes.txt'), `My notes\n${passage}\n`);
    fs.writeFileSync(path.join(base, 'sources.yaml'), 'sources:\n  - id: walkthrough-notes\n    file: sources/notes.txt\n    title: My notes\n');
    try {
      await until(() => api.factBase.source('walkthrough-notes') !== undefined);
      const source = await vscode.window.showTextDocument(vscode.Uri.file(path.join(base, 'sources/notes.txt')));
      const start = source.document.positionAt(source.document.getText().indexOf(passage));
      source.selection = new vscode.Selection(start, start.translate(0, passage.length));
      await vscode.commands.executeCommand(command);
      const target = vscode.Uri.file(path.join(base, 'statements/walkthrough-notes.yaml')).toString();
      await until(() => vscode.window.activeTextEditor?.document.uri.toString() === target);
      const draft = vscode.window.activeTextEditor!.document;
      assert.ok(draft.isDirty, 'left unsaved for the writer to finish');
      assert.ok(draft.getText().includes(`quote: ${JSON.stringify(passage)}`), draft.getText());
      assert.match(draft.getText(), /actors: \[ghana, north-korea\]/);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await closeAllEditors();
      fs.rmSync(base, { recursive: true, force: true });
      await until(() => api.factBase.source('walkthrough-notes') === undefined);
    }
  });
});

/** Polls until `done`; the bound only ends a wait that would never finish (a watcher was seen to take 30 s). */
async function until(done: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 60_000; !done(); await new Promise(resolve => setTimeout(resolve, 100))) {
    if (Date.now() > deadline) {
      throw new Error(`not within 60 s: ${done}`);
    }
  }
}
