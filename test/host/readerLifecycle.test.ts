// A hostile article stays inert text through every way a reader panel comes and goes: after another reader's tab
// was closed, when a closed article is opened again, next to a panel the serializer restored, and when a hidden
// panel is shown again. A hover-suite run once reported real <script>/<img>/<svg> elements after such a close.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { leadEvidence } from '../../src/core/leadEvidence';
import type { AtlasTestApi } from '../../src/testApi';
import type { ReaderPanel } from '../../src/reader/readerPanel';
import { assertRendersInert, hostileSource, readerTabs, reloadReader, reportOf } from './readerTesting';
import { openUntitled } from './untitledDocuments';
import { activateAtlas, closeAllEditors } from './atlas';

describe('reader panels coming and going', function () {
  this.timeout(120_000);
  let api: AtlasTestApi;

  before(async () => {
    api = await activateAtlas();
  });
  afterEach(closeAllEditors);

  const firstStatement = () => api.factBase.statementsForSource(api.factBase.sources[0].id)[0];

  /** Closes the reader's tab the way a person (or another extension) does, not through the panel. */
  async function closeTab(reader: ReaderPanel): Promise<void> {
    const tab = readerTabs().find(t => t.label === reader.panel.title);
    assert.ok(tab, `no tab for ${reader.sourceId}`);
    await vscode.window.tabGroups.close(tab);
  }

  it('shows a hostile article as inert after another reader\'s tab was closed', async () => {
    const statement = firstStatement();
    await vscode.commands.executeCommand('dprkAtlas.openPassage', statement.id);
    const reader = api.reader.panelFor(statement.evidence[0].source)!;
    await reportOf(reader);
    await closeTab(reader);
    const hostile = await hostileSource();
    await assertRendersInert(api.reader.showSource(hostile), hostile);
  });

  it('opens a closed article in a new, working panel, at once after the close', async () => {
    const hostile = await hostileSource();
    const first = api.reader.showSource(hostile);
    await assertRendersInert(first, hostile);
    await closeTab(first);
    const again = api.reader.showSource(hostile); // no wait: the panel's dispose event may still be on its way
    assert.notEqual(again, first);
    await assertRendersInert(again, hostile);
    assert.equal(readerTabs().length, 1);

    const statement = firstStatement();
    const passage = api.reader.openPassage(statement.id)!;
    await reportOf(passage);
    await closeTab(passage);
    const reopened = api.reader.openPassage(statement.id)!;
    const { marks, current } = await reportOf(reopened);
    assert.equal(marks[current!], leadEvidence(statement).quote);
  });

  it('keeps a hostile article inert next to a panel the serializer restored', async () => {
    const source = api.factBase.sources[0];
    await reloadReader(api, api.reader.openArticle(source.id)!);
    const reader = api.reader.panelFor(source.id)!;
    assert.equal((await reportOf(reader)).sourceId, source.id);
    const hostile = await hostileSource();
    await assertRendersInert(api.reader.showSource(hostile), hostile);
    const back = reportOf(reader); // the hostile article opened in the restored panel's group and hid it
    reader.panel.reveal();
    assert.deepEqual((await back).unexpectedMarkup, []);
  });

  it('does not restore a hostile article from saved state', async () => {
    const restored = await reloadReader(api, api.reader.showSource(await hostileSource()));
    assert.ok(restored.disposed(), 'the restored panel of an article outside the fact base is not disposed');
    assert.equal(api.reader.panelFor('hostile-fixture'), undefined);
  });

  it('shows a hidden hostile article as inert again when it comes back', async () => {
    const hostile = await hostileSource();
    const reader = api.reader.showSource(hostile);
    await assertRendersInert(reader, hostile);
    const draft = await openUntitled('draft');
    await vscode.window.showTextDocument(draft, { viewColumn: reader.panel.viewColumn });
    assert.equal(reader.panel.visible, false);
    const afterShow = reportOf(reader);
    reader.panel.reveal();
    assert.deepEqual((await afterShow).unexpectedMarkup, []);
    await assertRendersInert(reader, hostile);
  });
});
