// Issue 16: the sidebar model reads the store's current fact base, so a workspace change shows without a reload,
// and items that still exist keep their node (VS Code keeps expansion and selection by id).
import * as assert from 'assert';
import * as path from 'path';
import { FactBase } from '../../src/core/factBase';
import { FactStore } from '../../src/core/factStore';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import { TreeModel } from '../../src/tree/treeModel';

const bundled = new FactBase(loadFactBase(readDataDir(path.join(__dirname, '../../data'))).factBase);

describe('TreeModel over the fact store', () => {
  it('shows a workspace entity after the store changes, with the same nodes for the items that stay', () => {
    const store = new FactStore(bundled);
    const model = new TreeModel(store);
    const before = model.roots('people');
    const mongolia = model.nodeFor('mongolia')!;
    const envoy = { ...bundled.entities.find(e => e.kind === 'person')!, id: 'my-envoy', name: 'Batbayar Envoy', aliases: [], evidence: [] };
    store.setWorkspaceBases([['file:///ws', { formatVersion: 1, sources: [], entities: [envoy], statements: [] }]]);
    const after = model.roots('people');
    assert.ok(after.some(n => n.type === 'entity' && n.entityId === 'my-envoy'));
    for (const node of before) {
      assert.ok(after.includes(node), `${node.id} kept its node`);
    }
    assert.strictEqual(model.nodeFor('mongolia'), mongolia);
    store.setWorkspaceBases([['file:///ws', undefined]]);
    assert.ok(!model.roots('people').some(n => n.type === 'entity' && n.entityId === 'my-envoy'));
  });
});
