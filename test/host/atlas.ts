// The extension under test, as every host suite reaches it.
import * as vscode from 'vscode';
import type { AtlasApi } from '../../src/extension';

export const EXTENSION_ID = 'dprk-atlas.dprk-atlas';

export function atlasExtension(): vscode.Extension<AtlasApi> {
  const extension = vscode.extensions.getExtension<AtlasApi>(EXTENSION_ID);
  if (!extension) {
    throw new Error(`${EXTENSION_ID} is not loaded (is engines.vscode newer than the host?)`);
  }
  return extension;
}

/** The extension's API, activating it on first use. */
export function activateAtlas(): Thenable<AtlasApi> {
  return atlasExtension().activate();
}

export function closeAllEditors(): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
