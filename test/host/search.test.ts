import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { namedYearsOf, SearchIndex } from '../../src/core/search/searchIndex';
import type { Entity } from '../../src/core/model';
import type { AtlasTestApi } from '../../src/testApi';
import type { SearchPickItem } from '../../src/search/searchQuickPick';
import { activateAtlas, closeAllEditors } from './atlas';
import { nextActive } from './quickPickTesting';

const SETTLE_MS = 5_000;

describe('search QuickPick', function () {
  this.timeout(60_000);
  let api: AtlasTestApi;
  let quickPick: vscode.QuickPick<SearchPickItem> | undefined;

  before(async () => {
    api = await activateAtlas();
  });
  afterEach(async () => {
    quickPick?.hide();
    await closeAllEditors();
  });

  /** Types the query and returns the ids of the first `count` items in the order VS Code shows them. */
  async function shownAfterTyping(query: string, count = 1): Promise<string[]> {
    quickPick = api.createSearchQuickPick();
    const qp = quickPick;
    qp.show();
    const initialItems = qp.items;
    qp.value = query;
    // The active (focused) item is the first one the workbench shows, after any sorting of its own; the wait skips
    // events still about the items shown before the query reached the extension.
    const shown = [await nextActive(qp, item => qp.items !== initialItems && qp.items.includes(item))];
    while (shown.length < count) {
      const next = nextActive(qp);
      await vscode.commands.executeCommand('quickInput.next');
      shown.push(await next);
    }
    return shown.map(item => item.document.id);
  }

  it('shows the expected first item for aliases, multi-word queries and diacritics', async () => {
    const expected: [string, string][] = [
      ['Kim Il Sung', 'kim-il-sung'],
      ['Ulaanbaatar', 'ulan-bator'],
      ['dprk embassy 1998', 'north-korean-embassy-ghana-closed'],
      ['1998 embassy DPRK', 'north-korean-embassy-ghana-closed'],
      ['Ghána', 'ghana'],
      ['chad o\'carroll', 'chad-ocarroll'],
      ['Mongolia', 'mongolia'],
      ['USSR', 'soviet-union'],
    ];
    for (const [query, id] of expected) {
      assert.deepEqual(await shownAfterTyping(query), [id], query);
      quickPick?.hide();
    }
  });

  it('keeps the ranking where VS Code would sort matching labels alphabetically', async () => {
    // Many labels contain "embassy" and "relations"; VS Code's own sort would put them in label order.
    const index = SearchIndex.forFactBase(api.factBase);
    for (const query of ['embassy', 'relations']) {
      const ranked = index.search(query).slice(0, 3).map(d => d.id);
      assert.deepEqual(await shownAfterTyping(query, 3), ranked, query);
      quickPick?.hide();
    }
    assert.equal(index.search('embassy')[0].id, 'north-korean-embassy-ghana');
  });

  it('shows kind icon, name, date and country, and a quote snippet', async () => {
    await shownAfterTyping('ghana 1964');
    const first = quickPick!.items[0];
    assert.equal(first.label, '$(link) Ghana and North Korea establish diplomatic relations at ambassadorial level');
    assert.equal(first.description, '28 Dec 1964 · Ghana');
    assert.equal(first.detail, 'Ghana and North Korea established diplomatic relations in 1964.');
    assert.ok(quickPick!.items.every(item => item.alwaysShow));
  });

  it('ranks what says a year above ranges that merely span it, and lists nothing twice', async () => {
    const shown = await shownAfterTyping('1964', 6);
    const index = SearchIndex.forFactBase(api.factBase);
    const docs = shown.map(id => index.document(id)!);
    assert.equal(shown[0], 'ghana-relations-established');
    assert.ok(shown.indexOf('ghana') > 0 && shown.indexOf('ghana') < 4, shown.join(', '));
    const spanOnly = docs.findIndex(d => !namedYearsOf(d).includes(1964));
    assert.ok(spanOnly === -1 || docs.slice(spanOnly).every(d => !namedYearsOf(d).includes(1964)), shown.join(', '));
    const items = quickPick!.items;
    const sentences = items.filter(item => item.document.kind === 'passage').map(item => `${item.document.label} ${item.description}`);
    const quotesShown = new Set(items.filter(item => item.document.kind === 'event').map(item => item.detail));
    assert.equal(new Set(sentences).size, sentences.length, 'a sentence is listed twice');
    assert.deepEqual(items.filter(item => item.document.kind === 'passage' && quotesShown.has(item.document.label)).map(i => i.label), []);
  });

  it('reveals the chosen item in the sidebar and opens its passage', async () => {
    await shownAfterTyping('dprk embassy 1998');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    // Waits for this item, not whatever an earlier suite left selected.
    const expected = 'countries/ghana/north-korean-embassy-ghana-closed';
    await waitFor(() => (api.tree.views.countries.selection[0]?.id === expected ? expected : undefined));
    await waitFor(() => api.reader.panelFor('ghana-wikipedia'));
  });

  it('searches the store\'s new facts when they change while it is open', async () => {
    quickPick = api.createSearchQuickPick();
    const qp = quickPick;
    qp.show();
    await nextActive(qp);
    const template = api.factBase.entities.find(e => e.kind === 'person')!;
    const envoy: Entity = { ...template, id: 'zorigtbaatar-envoy', name: 'Zorigtbaatar Envoy', aliases: [], ambiguousAliases: [], demonyms: [], native: [], evidence: [] };
    const key = 'test:search-follows-the-store';
    api.store.setWorkspaceBases([[key, { formatVersion: 1, sources: [], entities: [envoy], statements: [] }]]);
    try {
      qp.value = 'zorigtbaatar';
      assert.equal((await nextActive(qp, item => item.document.id === envoy.id)).document.id, envoy.id);
    } finally {
      api.store.setWorkspaceBases([[key, undefined]]);
    }
    // And back: the entity is gone from what the open picker shows.
    await waitFor(() => (qp.items.some(item => item.document.id === envoy.id) ? undefined : true));
  });

  it('stops building the index of facts the store replaced, while the sidebar filter goes on to the newest', async () => {
    const template = api.factBase.entities.find(e => e.kind === 'person')!;
    const person = (id: string, name: string): Entity => ({ ...template, id, name, aliases: [], ambiguousAliases: [], demonyms: [], native: [], evidence: [] });
    const base = (entity: Entity) => ({ formatVersion: 1 as const, sources: [], entities: [entity], statements: [] });
    const key = 'test:search-abandons-a-replaced-build';
    await vscode.commands.executeCommand('dprkAtlas.filterTree', 'zorigtbaatar');
    try {
      // The filter starts building the first base's index (its first slice runs at once); the second replaces it.
      api.store.setWorkspaceBases([[key, base(person('zorigtbaatar-first', 'Zorigtbaatar First'))]]);
      const replaced = api.factBase;
      api.store.setWorkspaceBases([[key, base(person('zorigtbaatar-second', 'Zorigtbaatar Second'))]]);
      const people = () => api.tree.providers.people.getChildren().map(n => n.id);
      await waitFor(() => (people().includes('people/zorigtbaatar-second') ? true : undefined));
      assert.deepEqual(people(), ['people/zorigtbaatar-second']);
      assert.equal(api.searchIndexBuilt(api.factBase), true);
      // A build left running would finish in well under this.
      await new Promise(resolve => setTimeout(resolve, 1000));
      assert.equal(api.searchIndexBuilt(replaced), false, 'the replaced base\'s index was built after all');
    } finally {
      api.store.setWorkspaceBases([[key, undefined]]);
      await vscode.commands.executeCommand('dprkAtlas.clearTreeFilter');
    }
  });

  it('finishes the filter command without an error when the facts it was waiting for are replaced', async () => {
    const template = api.factBase.entities.find(e => e.kind === 'person')!;
    const base = (id: string, name: string) => ({
      formatVersion: 1 as const, sources: [], statements: [],
      entities: [{ ...template, id, name, aliases: [], ambiguousAliases: [], demonyms: [], native: [], evidence: [] }],
    });
    const key = 'test:filter-outlives-a-replaced-build';
    api.store.setWorkspaceBases([[key, base('zorigtbaatar-first', 'Zorigtbaatar First')]]);
    try {
      const filtering = vscode.commands.executeCommand('dprkAtlas.filterTree', 'zorigtbaatar');
      // The command runs up to its wait for the first base's index at once; the second base replaces that base.
      assert.equal(api.tree.views.people.message, 'Filtering by “zorigtbaatar”…');
      assert.equal(api.searchIndexBuilt(api.factBase), false);
      api.store.setWorkspaceBases([[key, base('zorigtbaatar-second', 'Zorigtbaatar Second')]]);
      await filtering;
      const people = () => api.tree.providers.people.getChildren().map(n => n.id);
      await waitFor(() => (people().includes('people/zorigtbaatar-second') ? true : undefined));
    } finally {
      api.store.setWorkspaceBases([[key, undefined]]);
      await vscode.commands.executeCommand('dprkAtlas.clearTreeFilter');
    }
  });
});

async function waitFor<T>(read: () => T | undefined): Promise<T> {
  for (const started = Date.now(); Date.now() - started < SETTLE_MS; await new Promise(r => setTimeout(r, 50))) {
    const value = read();
    if (value !== undefined) {
      return value;
    }
  }
  throw new Error(`timed out after ${SETTLE_MS} ms`);
}
