// The Getting Started walkthrough's buttons do what their steps say, in the real workbench.
import * as assert from 'node:assert/strict';
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
});
