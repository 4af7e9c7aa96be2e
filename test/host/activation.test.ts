import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateAtlas, atlasExtension } from './atlas';

describe('activation', () => {
  it('activates with a fact base of entities and statements', async () => {
    const api = await activateAtlas();
    assert.equal(atlasExtension().isActive, true);
    assert.ok(api.factBase.entities.length > 0, 'no entities');
    assert.ok(api.factBase.statements.length > 0, 'no statements');
  });

  it('registers the DPRK Atlas container and its Countries view in the workbench', async () => {
    const commands = await vscode.commands.getCommands(true);
    // VS Code generates these commands only for containers and views it has registered.
    assert.ok(commands.includes('workbench.view.extension.dprkAtlas'), 'no dprkAtlas view container');
    assert.ok(commands.includes('dprkAtlas.countries.focus'), 'no dprkAtlas.countries view');
    await vscode.commands.executeCommand('workbench.view.extension.dprkAtlas');
  });
});
