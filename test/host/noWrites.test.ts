// Issue 9: the extension writes to no user file unasked. Every surface is used on the sample workspace's own documents
// (hover cards and their commands, sidebar reveal and sort, search, reader, raw source, copy citation, an export to a
// file outside the workspace); afterwards every workspace file has the same bytes and modification time, no file came
// or went, and no document became dirty. The writing commands on drafts and fact-base files (Insert Citation, Add Fact
// from Selection) are tested with their Undo in their own suites; test/unit/shippedCode.test.ts allows the write and
// edit APIs only in the modules its allowlist explains.
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { sharedNameMatcher } from '../../src/core/matcher';
import type { AtlasTestApi } from '../../src/testApi';
import { cardsAt } from './hoverTesting';
import { reportOf } from './readerTesting';
import { activateAtlas, closeAllEditors } from './atlas';

interface FileState {
  bytes: Uint8Array;
  mtime: number;
}

async function workspaceFiles(): Promise<Map<string, FileState>> {
  const files = new Map<string, FileState>();
  for (const uri of await vscode.workspace.findFiles('**/*')) {
    files.set(uri.toString(), { bytes: await vscode.workspace.fs.readFile(uri), mtime: (await vscode.workspace.fs.stat(uri)).mtime });
  }
  return files;
}

describe('no writes', function () {
  this.timeout(120_000);
  let api: AtlasTestApi;
  before(async () => {
    api = await activateAtlas();
  });
  after(closeAllEditors);

  it('leaves every workspace file byte for byte as it was, and dirties no document, after using every surface', async () => {
    const dirtyDocuments = () => vscode.workspace.textDocuments.filter(d => d.isDirty).map(d => d.uri.toString()).sort();
    const dirtyBefore = dirtyDocuments(); // untitled documents of earlier suites
    const before = await workspaceFiles();
    assert.ok(before.size >= 3, `sample workspace files: ${[...before.keys()]}`);

    // In an editor on each sample document, hover the first name that has a card and run the card's commands.
    const names = sharedNameMatcher(api.factBase)();
    for (const uri of before.keys()) {
      const { document } = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preview: false });
      const name = names.findAll(document.getText()).find(m => m.entityIds.length === 1 && !m.ambiguous);
      assert.ok(name, `no name in ${uri}`);
      const [card] = (await cardsAt(document.uri, document.positionAt(name.start + 1))).markdown;
      assert.ok(card, `no card for ${name.matchedName} in ${uri}`);
      for (const [, command, args] of card.value.matchAll(/\]\(command:([\w.]+)\?([^)]*)\)/g)) {
        await vscode.commands.executeCommand(command, ...JSON.parse(decodeURIComponent(args)));
      }
    }

    const statement = api.factBase.statements[0];
    await vscode.commands.executeCommand('dprkAtlas.revealInSidebar', statement.actors[0]);
    await vscode.commands.executeCommand('dprkAtlas.sortNewestFirst');
    await vscode.commands.executeCommand('dprkAtlas.sortOldestFirst');
    const search = api.createSearchQuickPick();
    search.show();
    search.value = 'embassy 1998';
    search.hide();
    await reportOf(api.reader.openArticle(api.factBase.sources[0].id)!);
    await reportOf(api.reader.openPassage(statement.id)!);
    await vscode.commands.executeCommand('dprkAtlas.openRawSource', statement.id);
    await vscode.commands.executeCommand('dprkAtlas.copyCitation', statement.id);
    // Export writes the one file it is told to, outside the workspace here.
    const exported = vscode.Uri.file(path.join(os.tmpdir(), `dprk-atlas-no-writes-${process.pid}.csv`));
    await vscode.commands.executeCommand('dprkAtlas.exportFacts', { scope: 'all', format: 'csv', target: exported });
    assert.ok((await vscode.workspace.fs.stat(exported)).size > 0);
    await vscode.workspace.fs.delete(exported);

    assert.deepEqual(dirtyDocuments(), dirtyBefore);
    const after = await workspaceFiles();
    assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort());
    for (const [uri, { bytes, mtime }] of before) {
      assert.deepEqual(after.get(uri), { bytes, mtime }, uri);
    }
  });
});
