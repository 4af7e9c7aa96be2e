// Issue 15: North Korea had no sidebar item (its links and "Show in Sidebar" did nothing visible), and a reveal could
// leave its target with the children hidden. North Korea now heads Countries with its facts on its relations as a
// whole and its missions abroad, and every entity id the data has reveals to a visible, selected, expanded item —
// checked through the TreeView API: its selection, its visibility and its expand events.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SUBJECT_COUNTRY_ID } from '../../src/core/model';
import type { AtlasTestApi } from '../../src/testApi';
import type { AtlasNode } from '../../src/tree/treeModel';
import { followLink, reportOf } from './readerTesting';
import { selectedIn } from './treeTesting';
import { activateAtlas, closeAllEditors } from './atlas';

const EXPAND_MS = 5_000;

describe('sidebar reveal', function () {
  this.timeout(300_000);
  let api: AtlasTestApi;

  before(async () => {
    api = await activateAtlas();
  });
  after(closeAllEditors);

  it('puts North Korea first in Countries, with its facts on its relations as a whole and its missions abroad', () => {
    const provider = api.tree.providers.countries;
    const [first] = provider.getChildren();
    assert.equal(first.type === 'entity' && first.entityId, SUBJECT_COUNTRY_ID);
    const children = provider.getChildren(first);
    const facts = children.flatMap(n => (n.type === 'statement' ? [n.statementId] : []));
    const missions = children.flatMap(n => (n.type === 'entity' ? [n.entityId] : []));
    assert.ok(facts.includes('north-korea-formal-relations-159-countries') && facts.includes('north-korea-53-diplomatic-missions'), facts.join());
    assert.ok(facts.includes('embassy-closures-more-than-a-dozen'), facts.join());
    assert.deepEqual(missions.sort(), api.factBase.entities.filter(e => e.sendingState === SUBJECT_COUNTRY_ID).map(e => e.id).sort());
    for (const child of children) {
      assert.equal(provider.getParent(child), first, child.id);
    }
    assert.match(String(provider.getTreeItem(first).description), /missions abroad/);
  });

  it('reveals every entity id to a visible, selected item, expanded when it has children', async () => {
    for (const entity of api.factBase.entities) {
      const node = api.tree.model.nodeFor(entity.id);
      assert.ok(node, `no sidebar item for ${entity.id}`);
      const view = api.tree.views[node.view];
      const hasChildren = api.tree.providers[node.view].getChildren(node).length > 0;
      await vscode.commands.executeCommand(`workbench.actions.treeView.dprkAtlas.${node.view}.collapseAll`);
      const expanded = new Promise<AtlasNode | undefined>(resolve => {
        const timer = setTimeout(() => resolve(undefined), hasChildren ? EXPAND_MS : 0);
        const listener = view.onDidExpandElement(e => {
          if (e.element === node) {
            clearTimeout(timer);
            listener.dispose();
            resolve(e.element);
          }
        });
      });
      await vscode.commands.executeCommand('dprkAtlas.revealInSidebar', entity.id);
      assert.equal(await selectedIn(view, node.id), node.id, `${entity.id} is not selected`);
      assert.equal(view.visible, true, `the view of ${entity.id} is not visible`);
      if (hasChildren) {
        assert.equal(await expanded, node, `${entity.id} was not expanded`);
      }
    }
  });

  it('reveals North Korea from a link in the reader', async () => {
    const reader = api.reader.openArticle('ghana-wikipedia')!;
    const index = (await reportOf(reader)).links.findIndex(l => l.entityId === SUBJECT_COUNTRY_ID);
    assert.ok(index >= 0);
    followLink(reader, index);
    const id = `countries/${SUBJECT_COUNTRY_ID}`;
    assert.equal(await selectedIn(api.tree.views.countries, id), id);
  });
});
