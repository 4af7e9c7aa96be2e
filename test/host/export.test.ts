// Export Facts… in the real host: the command writes the chosen scope in the chosen format to the file it is given
// (so no dialog opens), exactly what the vscode-free renderer makes, and a bad request writes nothing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import * as vscode from 'vscode';
import { statementsInScope } from '../../src/core/export';
import { statementsCsv } from '../../src/core/export/csv';
import { markdownChronology } from '../../src/core/export/markdownChronology';
import type { AtlasTestApi } from '../../src/testApi';
import { VIEW_KEYS } from '../../src/tree/treeModel';
import { activateAtlas } from './atlas';

describe('export facts', function () {
  this.timeout(60_000);
  let api: AtlasTestApi;
  let dir: string;
  before(async () => {
    api = await activateAtlas();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-atlas-export-'));
  });
  after(async () => {
    await vscode.commands.executeCommand('dprkAtlas.clearTreeFilter');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const exportTo = async (name: string, request: { scope: string; format: string }) => {
    const target = vscode.Uri.file(path.join(dir, name));
    await vscode.commands.executeCommand('dprkAtlas.exportFacts', { ...request, target });
    return target.fsPath;
  };

  it('writes a country as CSV, with a BOM, that parses back into its statements in date order', async () => {
    const file = await exportTo('ghana.csv', { scope: 'ghana', format: 'csv' });
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const ghana = api.factBase.statementsForCountry('ghana');
    assert.equal(text, statementsCsv(api.factBase, ghana));
    const rows = parseCsv(text, { bom: true, columns: true }) as { id: string }[];
    assert.deepEqual(rows.map(r => r.id), ghana.map(st => st.id));
  });

  it('writes what the sidebar filter shows, and only that, as a Markdown chronology', async () => {
    await vscode.commands.executeCommand('dprkAtlas.filterTree', 'Ulan Bator');
    const { model } = api.tree;
    const shown = new Set(VIEW_KEYS.flatMap(view => model.roots(view).flatMap(root => model.children(root)))
      .flatMap(node => (node.type === 'statement' ? [node.statementId] : [])));
    assert.ok(shown.size > 0 && shown.size < api.factBase.statements.length);
    const text = fs.readFileSync(await exportTo('filtered.md', { scope: 'filter', format: 'markdown' }), 'utf8');
    const title = 'Facts matching “Ulan Bator”';
    assert.equal(text, markdownChronology(api.factBase, title, { kind: 'statements', ids: shown }, statementsInScope(api.factBase, { kind: 'statements', ids: shown })));
    assert.deepEqual(new Set([...text.matchAll(/^\[\^([^\]]+)\]:/gm)].map(m => m[1])), shown);
  });

  it('writes nothing for an unknown format or country, and the next export still works', async () => {
    const bad = await exportTo('bad.xml', { scope: 'ghana', format: 'xml' });
    const nowhere = await exportTo('nowhere.json', { scope: 'atlantis', format: 'json' });
    assert.equal(fs.existsSync(bad), false);
    assert.equal(fs.existsSync(nowhere), false);
    const json = JSON.parse(fs.readFileSync(await exportTo('all.json', { scope: 'all', format: 'json' }), 'utf8')) as { statements: unknown[] };
    assert.equal(json.statements.length, api.factBase.statements.length);
  });
});
