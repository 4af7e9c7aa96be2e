import * as assert from 'assert';
import * as os from 'os';
import * as vscode from 'vscode';
import { type AtlasLog, loadFactBaseOrReport } from '../../src/loadBundledFactBase';
import { atlasExtension } from './atlas';

/** A log that keeps what the loader wrote, by level. */
function recordingLog(): AtlasLog & { lines: { level: 'info' | 'error'; text: string }[] } {
  const lines: { level: 'info' | 'error'; text: string }[] = [];
  return { lines, info: (text: string) => lines.push({ level: 'info', text }), error: (text: string | Error) => lines.push({ level: 'error', text: String(text) }) };
}

describe('loading the compiled fact base', () => {
  it('logs why a broken file did not load and carries on with an empty fact base', async () => {
    const file = vscode.Uri.file(`${os.tmpdir()}/dprk-atlas-broken-${process.pid}.json`);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('{"formatVersion": 1, "entities": ['));
    const log = recordingLog();
    const factBase = await loadFactBaseOrReport(file, log);
    assert.strictEqual(factBase.entities.length, 0);
    assert.strictEqual(factBase.relationCountries().length, 0);
    assert.deepStrictEqual(log.lines.map(l => l.level), ['error']);
    assert.match(log.lines[0].text, /^Could not load the fact base from .*dprk-atlas-broken-.*JSON/);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(file), [], 'the extension\'s own file is no problem of the user\'s');
    await vscode.workspace.fs.delete(file);
  });

  it('loads the bundled file and logs what it holds', async () => {
    const file = vscode.Uri.joinPath(atlasExtension().extensionUri, 'dist', 'factbase.pack');
    const log = recordingLog();
    const factBase = await loadFactBaseOrReport(file, log);
    assert.ok(factBase.entities.length > 30);
    assert.deepStrictEqual(log.lines.map(l => l.level), ['info']);
    assert.match(log.lines[0].text, new RegExp(`${factBase.entities.length} entities, ${factBase.statements.length} statements`));
  });

  it('has a Show Log command', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('dprkAtlas.showLog'));
    await vscode.commands.executeCommand('dprkAtlas.showLog');
  });
});
