import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AtlasTestApi } from '../../src/testApi';
import type { AtlasNode, ViewKey } from '../../src/tree/treeModel';
import { selectedIn } from './treeTesting';
import { activateAtlas, closeAllEditors } from './atlas';

describe('sidebar tree', function () {
  this.timeout(60_000);
  let api: AtlasTestApi;

  before(async () => {
    api = await activateAtlas();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('dprkAtlas.clearTreeFilter');
    await vscode.commands.executeCommand('dprkAtlas.sortOldestFirst');
    await closeAllEditors();
  });

  const provider = (view: ViewKey) => api.tree.providers[view];
  const item = (view: ViewKey, node: AtlasNode) => provider(view).getTreeItem(node);
  const root = (view: ViewKey, entityId: string) => {
    const node = provider(view).getChildren().find(n => n.type === 'entity' && n.entityId === entityId);
    assert.ok(node, `${entityId} is not in the ${view} view`);
    return node;
  };
  /** The date an event's label starts with ("28 Dec 1964 · relations at ambassadorial level"). */
  const dateOf = (label: unknown) => String(label).split(' · ')[0];
  /** [label, description] of a country's events as the tree shows them. */
  const events = (countryId: string) => provider('countries').getChildren(root('countries', countryId)).map(n => {
    const ti = item('countries', n);
    return [ti.label, ti.description];
  });

  it('lists Ghana with its relation summary and its events oldest first, dates as the source gives them', () => {
    const ghana = item('countries', root('countries', 'ghana'));
    assert.equal(ghana.label, 'Ghana');
    assert.equal(ghana.description, 'relations since 1964 · embassy closed 1998');
    const shown = events('ghana');
    assert.deepEqual(shown.slice(0, 4).map(e => dateOf(e[0])), ['1950s – 1980s', '1960s', 'summer 1961', '28 Dec 1964']);
    assert.deepEqual(shown[3], ['28 Dec 1964 · relations at ambassadorial level', undefined]);
    assert.deepEqual(shown.slice(-6, -5)[0], ['2018 · supports North–South political process', undefined]);
    assert.ok(shown.slice(-5).every(e => dateOf(e[0]) === 'undated'), 'undated events come last');
    assert.equal(shown.length, api.factBase.statementsForCountry('ghana').length);
  });

  it('lists Mongolia with its events oldest first, "as of" claims among them', () => {
    assert.equal(item('countries', root('countries', 'mongolia')).description, 'relations since 1948 · embassy closed 1999');
    const dates = events('mongolia').map(e => dateOf(e[0]));
    assert.deepEqual(dates.slice(0, 4), ['15 Oct 1948', 'c. Dec 1953', '1960s – 1970s', '1960 – 1980s']);
    assert.ok(dates.indexOf('as of Nov 2006') > dates.indexOf('2005') && dates.indexOf('as of Nov 2006') < dates.indexOf('Jul 2007'));
  });

  it('gives an event its type icon, a passage command and a tooltip with the verbatim quote and source', () => {
    const node = provider('countries').getChildren(root('countries', 'ghana')).find(n => n.type === 'statement' && n.statementId === 'ghana-trade-tour-1961')!;
    const ti = item('countries', node);
    assert.equal((ti.iconPath as vscode.ThemeIcon).id, 'rocket');
    assert.equal(ti.contextValue, 'statement');
    assert.deepEqual(ti.command?.arguments, ['ghana-trade-tour-1961']);
    const tooltip = (ti.tooltip as vscode.MarkdownString).value;
    assert.ok(tooltip.includes('> A tour by North Korean officials to sign trade deals with several West African countries, including Ghana, took place in the summer of 1961.'), tooltip);
    assert.ok(tooltip.includes('*Ghana–North Korea relations*'), tooltip);
  });

  it('lists people with their roles, and sources with their statements in text order', () => {
    assert.equal(item('people', root('people', 'kil-mun-yong')).description, 'North Korean ambassador to Ghana');
    const ghanaSource = provider('sources').getChildren().find(n => n.type === 'source' && n.sourceId === 'ghana-wikipedia')!;
    const ids = provider('sources').getChildren(ghanaSource).map(n => (n.type === 'statement' ? n.statementId : ''));
    assert.deepEqual(ids, api.factBase.statementsForSource('ghana-wikipedia').map(st => st.id));
    assert.equal(ids[0], 'ghana-relations-established');
  });

  it('reveals and selects a statement deep under its country', async () => {
    await vscode.commands.executeCommand('dprkAtlas.revealInSidebar', 'mongolia-embassy-closed-1999');
    const id = 'countries/mongolia/mongolia-embassy-closed-1999';
    const view = api.tree.views.countries;
    assert.equal(await selectedIn(view, id), id);
    assert.equal(view.visible, true);
    assert.equal(provider('countries').getParent(view.selection[0])?.id, 'countries/mongolia');
  });

  it('files North Korea\'s missions under their host countries, each saying who sends it', () => {
    const missions = provider('organizations').getChildren()
      .filter(n => n.type === 'entity' && api.factBase.entity(n.entityId)?.sendingState === 'north-korea')
      .map(n => [n.type === 'entity' && n.entityId, item('organizations', n).description]);
    assert.deepEqual(Object.fromEntries(missions), {
      'north-korean-consular-office-dandong': 'China · mission of North Korea',
      'north-korean-embassy-angola': 'Angola · mission of North Korea',
      'north-korean-embassy-ghana': 'Ghana · mission of North Korea',
      'north-korean-embassy-mongolia': 'Mongolia · mission of North Korea',
      'north-korean-embassy-spain': 'Spain · mission of North Korea',
      'north-korean-embassy-uganda': 'Uganda · mission of North Korea',
      'north-korean-mission-italy': 'Italy · mission of North Korea',
    });
    // The 2019 attack on the Madrid embassy is one of Spain's events, beside the expected closure it conflicts with.
    const spain = provider('countries').getChildren(root('countries', 'spain')).map(n => (n.type === 'statement' ? n.statementId : ''));
    assert.ok(spain.includes('madrid-embassy-vandalized-2019') && spain.includes('spain-embassy-closure-expected'), spain.join());
  });

  it('reveals people, places and missions in their own views', async () => {
    for (const [entityId, view] of [['kil-mun-yong', 'people'], ['ulan-bator', 'places'], ['north-korean-embassy-ghana', 'organizations']] as const) {
      await vscode.commands.executeCommand('dprkAtlas.revealInSidebar', entityId);
      const id = `${view}/${entityId}`;
      assert.equal(await selectedIn(api.tree.views[view], id), id);
    }
  });

  it('filters every view by all words of the query and clears in one command', async () => {
    const countriesBefore = provider('countries').getChildren().length;
    await vscode.commands.executeCommand('dprkAtlas.filterTree', 'DPRK embassy 1998');
    const countries = provider('countries').getChildren();
    // North Korea's node shows the matching mission it sends, Ghana the matching event.
    assert.deepEqual(countries.map(n => n.id), ['countries/north-korea', 'countries/ghana']);
    assert.deepEqual(provider('countries').getChildren(countries[0]).map(n => n.id), ['countries/north-korea/north-korean-embassy-ghana']);
    assert.deepEqual(provider('countries').getChildren(countries[1]).map(n => n.id), ['countries/ghana/north-korean-embassy-ghana-closed']);
    assert.equal(api.tree.views.countries.description, '“DPRK embassy 1998”');
    assert.match(api.tree.views.countries.message ?? '', /DPRK embassy 1998/);

    await vscode.commands.executeCommand('dprkAtlas.filterTree', 'Ulaanbaatar');
    assert.deepEqual(provider('places').getChildren().map(n => n.id), ['places/ulan-bator']);

    await vscode.commands.executeCommand('dprkAtlas.clearTreeFilter');
    assert.equal(provider('countries').getChildren().length, countriesBefore);
    assert.equal(api.tree.views.countries.description, undefined);
    assert.equal(api.tree.views.countries.message, undefined);
  });

  it('reveals an item the filter hides by clearing the filter', async () => {
    await vscode.commands.executeCommand('dprkAtlas.filterTree', 'Ghana');
    await vscode.commands.executeCommand('dprkAtlas.revealInSidebar', 'mongolia-relations-established');
    const id = 'countries/mongolia/mongolia-relations-established';
    assert.equal(await selectedIn(api.tree.views.countries, id), id);
    assert.equal(api.tree.filter, undefined);
  });

  it('sorts events newest first, undated still last, and back', async () => {
    await vscode.commands.executeCommand('dprkAtlas.sortNewestFirst');
    const newest = events('ghana').map(e => dateOf(e[0]));
    assert.deepEqual(newest.slice(0, 2), ['2018', '2015']);
    assert.ok(newest.slice(-5).every(d => d === 'undated'));
    assert.match(String(api.tree.views.countries.description), /newest first/);
    await vscode.commands.executeCommand('dprkAtlas.sortOldestFirst');
    assert.equal(dateOf(events('ghana')[0][0]), '1950s – 1980s');
  });

  it('opens the raw source read-only with exactly the quote selected', async () => {
    for (const st of api.factBase.sources.map(s => api.factBase.statementsForSource(s.id).at(-1)!)) {
      await vscode.commands.executeCommand('dprkAtlas.openRawSource', st.id);
      const editor = vscode.window.activeTextEditor!;
      assert.equal(editor.document.uri.scheme, 'dprk-atlas');
      assert.equal(editor.document.getText(), api.factBase.source(st.evidence[0].source)!.text, 'not byte for byte');
      assert.equal(editor.document.getText(editor.selection), st.evidence[0].quote, st.id);
    }
    const { source, start, end } = { source: 'mongolia-wiki-mirror', start: 463, end: 534 };
    await vscode.commands.executeCommand('dprkAtlas.openRawSource', { source, start, end });
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(editor.selection), api.factBase.source(source)!.text.slice(start, end));
    await vscode.commands.executeCommand('type', { text: 'typed into the source' });
    assert.equal(editor.document.getText(), api.factBase.source(source)!.text, 'the raw source took typing');
  });

  it('opens the passage of a tree item from its context menu', async () => {
    const node = api.tree.model.nodeFor('ghana-relations-established')!;
    await vscode.commands.executeCommand('dprkAtlas.openPassage', node);
    assert.ok(api.reader.panelFor('ghana-wikipedia'), 'no reader panel for the Ghana article');
  });

  it('copies a fact with its citation as Markdown', async () => {
    const node = api.tree.model.nodeFor('north-korean-embassy-ghana-closed')!;
    await vscode.commands.executeCommand('dprkAtlas.copyCitation', node);
    assert.equal(await vscode.env.clipboard.readText(), [
      'North Korea\'s embassy in Ghana is closed down (1998).',
      '> There was a North Korean embassy in Ghana until it was closed down in 1998.',
      '> There was a North Korean embassy in Ghana until it was closed down in 1998.',
      '— *Ghana–North Korea relations*, Wikipedia, date unknown. <https://en.wikipedia.org/wiki/Ghana%E2%80%93North_Korea_relations> (derived by the fact base: the source gives no URL)',
    ].join('\n\n'));
  });
});
