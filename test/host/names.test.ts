// Issue 17: known names in drafts, through the public API: completion (executeCompletionItemProvider), Go to
// Definition onto the entity's read-only YAML record (executeDefinitionProvider), and Find All References across the
// sample workspace's Markdown and text files (executeReferenceProvider), honouring files.exclude.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { sharedNameMatcher } from '../../src/core/matcher';
import type { AtlasTestApi } from '../../src/testApi';
import { activateAtlas, closeAllEditors } from './atlas';
import { openUntitled } from './untitledDocuments';

describe('known names in drafts', function () {
  this.timeout(60_000);
  let api: AtlasTestApi;
  before(async () => {
    api = await activateAtlas();
  });
  after(closeAllEditors);

  it('completes a name typed in a variant spelling, canonical name first, aliases shown, the description as detail', async () => {
    const text = 'We met Kil Mun Y';
    const document = await openUntitled(text, 'markdown');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, document.positionAt(text.length));
    const kil = list.items.filter(i => i.detail === api.factBase.entity('kil-mun-yong')!.description)
      .sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
    assert.deepEqual(kil.map(label), ['Kil Mun-yong', 'Kil Mun Yong', 'Kil Munyong']);
    assert.deepEqual(kil[0].label, { label: 'Kil Mun-yong', description: 'Kil Mun Yong, Kil Munyong' });
    assert.equal(kil[0].kind, vscode.CompletionItemKind.User);
    const range = kil[0].range as vscode.Range;
    assert.equal(document.getText(range), 'Kil Mun Y');
    assert.ok(!list.items.some(i => label(i) === 'Ulaanbaatar'));
  });

  it('goes to the definition of a variant spelling: the entity\'s record in its YAML file, read-only', async () => {
    const text = 'Plain notes on Kil Mun Yong.';
    const document = await openUntitled(text, 'plaintext');
    const [location] = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', document.uri, document.positionAt(text.indexOf('Mun')));
    assert.equal(location.uri.scheme, 'dprk-atlas-data');
    assert.equal(location.uri.path, '/entities/ghana.yaml');
    const record = await vscode.workspace.openTextDocument(location.uri);
    assert.match(record.lineAt(location.range.start.line).text, /id: kil-mun-yong/);
    assert.notEqual(record.uri.scheme, 'file', 'a document of the extension\'s own content provider, which VS Code shows read-only');
  });

  it('finds every naming of the entity across the workspace\'s Markdown and text files, and none in excluded ones', async () => {
    const text = 'Kil Mun-yong again.';
    const document = await openUntitled(text, 'markdown');
    const references = () => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, new vscode.Position(0, 1));
    const names = sharedNameMatcher(api.factBase)();
    // The record itself comes first, as the declaration.
    const record = api.factBase.entity('kil-mun-yong')!.record!;
    const declaration = `dprk-atlas-data:/${record.file}@line ${record.line - 1}`;
    const expected: string[] = [declaration, document.uri.toString()];
    for (const uri of await vscode.workspace.findFiles('**/*.{md,txt}')) {
      const sample = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      for (const m of names.findAll(sample).filter(m => m.entityIds[0] === 'kil-mun-yong')) {
        expected.push(`${uri.toString()}@${m.start}`);
      }
    }
    const found = async () => Promise.all((await references()).map(async l => {
      const d = await vscode.workspace.openTextDocument(l.uri);
      return l.uri.scheme === 'untitled' ? l.uri.toString()
        : l.uri.scheme === 'dprk-atlas-data' ? `${l.uri.toString()}@line ${l.range.start.line}` : `${l.uri.toString()}@${d.offsetAt(l.range.start)}`;
    }));
    assert.ok(expected.length >= 4, `the sample workspace names Kil Mun-yong: ${expected}`);
    assert.deepEqual((await found()).sort(), expected.sort());
    const files = vscode.workspace.getConfiguration('files');
    try {
      await files.update('exclude', { '**/interview-notes.txt': true }, vscode.ConfigurationTarget.Global);
      assert.deepEqual((await found()).sort(), expected.filter(e => !e.includes('interview-notes.txt')).sort());
    } finally {
      await files.update('exclude', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
