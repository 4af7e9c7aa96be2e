// The extension under test, as every host suite reaches it.
import * as vscode from 'vscode';
import type { AtlasTestApi } from '../../src/testApi';

export const EXTENSION_ID = 'dprk-atlas.dprk-atlas';

export function atlasExtension(): vscode.Extension<AtlasTestApi | undefined> {
  const extension = vscode.extensions.getExtension<AtlasTestApi | undefined>(EXTENSION_ID);
  if (!extension) {
    throw new Error(`${EXTENSION_ID} is not loaded (is engines.vscode newer than the host?)`);
  }
  return extension;
}

/** The test build's internals (src/testApi.ts), activating the extension on first use. */
export async function activateAtlas(): Promise<AtlasTestApi> {
  const api = await atlasExtension().activate();
  if (!api) {
    throw new Error('the extension returned no test API: the host runs a build without TEST_BUILD (run `node esbuild.mjs --tests`)');
  }
  return api;
}

export function closeAllEditors(): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
