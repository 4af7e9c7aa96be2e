// Issue 15: the Sources view opened nothing — clicking an article only expanded it, and it had no context menu.
// Clicking now opens the article in the reader; the context menu opens it there or as the raw source, which
// wraps (a language of its own, wrapped by package.json's configurationDefaults) so a selected quote shows whole.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AtlasTestApi } from '../../src/testApi';
import { RAW_SOURCE_LANGUAGE } from '../../src/tree/rawSource';
import { reportOf } from './readerTesting';
import { activateAtlas, atlasExtension, closeAllEditors } from './atlas';

describe('Sources view', function () {
  this.timeout(60_000);
  let api: AtlasTestApi;

  before(async () => {
    api = await activateAtlas();
  });
  afterEach(closeAllEditors);

  const sourceNodes = () => api.tree.providers.sources.getChildren();

  it('opens an article in the reader when its item is clicked', async () => {
    for (const node of sourceNodes()) {
      assert.equal(node.type, 'source');
      const { command } = api.tree.providers.sources.getTreeItem(node);
      assert.ok(command, `${node.id} has no click command`);
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      const reader = api.reader.panelFor(node.type === 'source' ? node.sourceId : '');
      assert.ok(reader, `clicking ${node.id} opened no reader`);
      assert.equal((await reportOf(reader)).sourceId, reader.sourceId);
    }
  });

  it('offers Open Article and Open Raw Source in an article\'s context menu', () => {
    const menu: { command: string; when: string }[] = atlasExtension().packageJSON.contributes.menus['view/item/context'];
    const forSources = menu.filter(m => /viewItem == source\b/.test(m.when) && /dprkAtlas\.sources/.test(m.when)).map(m => m.command);
    assert.deepEqual(forSources.sort(), ['dprkAtlas.openArticle', 'dprkAtlas.openRawSource']);
    for (const node of sourceNodes()) {
      assert.equal(api.tree.providers.sources.getTreeItem(node).contextValue, 'source');
    }
  });

  it('opens the raw source from an article item, wrapped, byte for byte', async () => {
    const node = sourceNodes()[0];
    await vscode.commands.executeCommand('dprkAtlas.openRawSource', node);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.scheme, 'dprk-atlas');
    assert.equal(editor.document.getText(), api.factBase.source(node.type === 'source' ? node.sourceId : '')!.text);
    assert.equal(editor.document.languageId, RAW_SOURCE_LANGUAGE);
    assert.equal(vscode.workspace.getConfiguration('editor', editor.document).get('wordWrap'), 'on');
  });

  it('wraps the raw source opened for a fact too', async () => {
    await vscode.commands.executeCommand('dprkAtlas.openRawSource', 'ghana-relations-established');
    const { document } = vscode.window.activeTextEditor!;
    assert.equal(document.languageId, RAW_SOURCE_LANGUAGE);
    assert.equal(vscode.workspace.getConfiguration('editor', document).get('wordWrap'), 'on');
  });

  it('copies a citation that says what is known of its source, and "date unknown" plainly', async () => {
    await vscode.commands.executeCommand('dprkAtlas.copyCitation', 'mongolia-relations-established');
    const citation = await vscode.env.clipboard.readText();
    assert.ok(citation.endsWith('— *Mongolia–North Korea relations*, unknown wiki-mirror site (copy of Wikipedia), date unknown.'), citation);
    const ghana = sourceNodes().find(n => n.type === 'source' && n.sourceId === 'ghana-wikipedia')!;
    const tooltip = (api.tree.providers.sources.getTreeItem(ghana).tooltip as vscode.MarkdownString).value;
    assert.match(tooltip, /date unknown/);
    assert.match(tooltip, /https:\/\/en\.wikipedia\.org\/wiki\/Ghana%E2%80%93North_Korea_relations — The dump gives no URL/);
  });
});
