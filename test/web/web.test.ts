// The extension in VS Code's web worker extension host, as vscode.dev and github.dev run it: the browser bundle
// (dist/web/extension.js) activates with the whole fact base, and the card, the tree, the reader and the draft check
// work there.
import * as assert from 'node:assert/strict';
import type { AtlasTestApi } from '../../src/testApi';
import * as vscode from 'vscode';
import { activateAtlas, atlasExtension, closeAllEditors } from '../host/atlas';
import { settledDiagnostics } from '../host/claimTesting';
import { hoverOn } from '../host/hoverTesting';
import { nextActive } from '../host/quickPickTesting';
import { reportOf } from '../host/readerTesting';
import { openUntitled } from '../host/untitledDocuments';

describe('in the web worker extension host', function () {
  this.timeout(120_000);
  let api: AtlasTestApi;

  before(async () => {
    api = await activateAtlas();
  });
  afterEach(closeAllEditors);

  it('runs the browser bundle, with no Node', () => {
    // A web worker has importScripts and no process; the Node host has both the other way round.
    assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function');
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined');
    assert.equal(atlasExtension().isActive, true);
    assert.ok(api.factBase.entities.length > 40 && api.factBase.statements.length > 90, 'the fact base did not load');
  });

  it('gives a card on a known name in a draft', async () => {
    const draft = await openUntitled('Notes: the DPRK embassy in Accra closed in 1998.', 'markdown');
    const { entityIds, markdown } = await hoverOn(draft, 'DPRK');
    assert.deepEqual(entityIds, ['north-korea']);
    assert.match(markdown[0].value, /North Korea/);
  });

  it('lists the countries with their events in the sidebar', async () => {
    const countries = api.tree.providers.countries.getChildren();
    const ghana = countries.find(n => n.type === 'entity' && n.entityId === 'ghana');
    assert.ok(ghana, 'no Ghana in the Countries view');
    assert.equal(api.tree.providers.countries.getChildren(ghana).length, api.factBase.statementsForCountry('ghana').length);
  });

  it('opens a fact\'s passage in the reader with its quote highlighted', async () => {
    const statement = api.factBase.statement('ghana-relations-established')!;
    const report = await reportOf(api.reader.openPassage(statement.id)!);
    assert.deepEqual(report.marks, statement.evidence.map(e => e.quote));
    assert.deepEqual(report.unexpectedMarkup, []);
  });

  it('searches: the index is built in slices without setImmediate, and the exact name comes first', async () => {
    assert.equal(typeof (globalThis as { setImmediate?: unknown }).setImmediate, 'undefined');
    const quickPick = api.createSearchQuickPick();
    try {
      quickPick.show();
      quickPick.value = 'ghana';
      const first = await nextActive(quickPick, item => item.document.kind !== 'country' || item.document.id === 'ghana');
      assert.equal(first.document.id, 'ghana');
      assert.equal(quickPick.busy, false);
    } finally {
      quickPick.dispose();
    }
  });

  it('checks a draft: a warning on a date the fact base contradicts, with the sourced one', async () => {
    const draft = await openUntitled('Ghana and North Korea established diplomatic relations in 1965.', 'markdown');
    const diagnostics = await settledDiagnostics(draft.uri);
    assert.deepEqual(diagnostics.map(d => [vscode.DiagnosticSeverity[d.severity], draft.getText(d.range)]), [['Warning', '1965']]);
    assert.match(diagnostics[0].message, /28 December 1964/);
  });
});
