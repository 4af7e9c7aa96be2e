import * as assert from 'assert';
import * as os from 'os';
import * as vscode from 'vscode';
import { loadFactBaseOrReport } from '../../src/loadBundledFactBase';
import { atlasExtension } from './atlas';

describe('loading the compiled fact base', () => {
  const problems = vscode.languages.createDiagnosticCollection('dprk-atlas-test');
  after(() => problems.dispose());

  it('reports a broken file as a problem and carries on with an empty fact base', async () => {
    const file = vscode.Uri.file(`${os.tmpdir()}/dprk-atlas-broken-${process.pid}.json`);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('{"formatVersion": 1, "entities": ['));
    const factBase = await loadFactBaseOrReport(file, problems);
    assert.strictEqual(factBase.entities.length, 0);
    assert.strictEqual(factBase.relationCountries().length, 0);
    const reported = problems.get(file) ?? [];
    assert.strictEqual(reported.length, 1);
    assert.match(reported[0].message, /^DPRK Atlas could not load its fact base: .*JSON/);
    await vscode.workspace.fs.delete(file);
  });

  it('loads the bundled file and clears an earlier problem', async () => {
    const ext = atlasExtension();
    const file = vscode.Uri.joinPath(ext.extensionUri, 'dist', 'factbase.json');
    problems.set(file, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), 'stale')]);
    const factBase = await loadFactBaseOrReport(file, problems);
    assert.ok(factBase.entities.length > 30);
    assert.strictEqual(problems.get(file)?.length ?? 0, 0);
  });
});
