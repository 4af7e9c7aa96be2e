// Composition root: load the compiled fact base once into the store, then let each surface register itself.
import * as vscode from 'vscode';
import { FactStore } from './core/factStore';
import { registerFactBaseEditing } from './factBaseEditing/registerFactBaseEditing';
import { sharedNameMatcher } from './core/matcher';
import { registerHoverCards } from './hover/hoverProvider';
import { loadFactBaseOrReport } from './loadBundledFactBase';
import { registerReader } from './reader/registerReader';
import { registerSearch } from './search/registerSearch';
import { type AtlasTestApi, testApi } from './testApi';
import { registerTree } from './tree/registerTree';
import { registerWorkspaceFactBases } from './workspace/registerWorkspaceFactBases';

/** The shipped extension offers no API: it resolves to undefined. Only the test build returns its internals. */
export async function activate(context: vscode.ExtensionContext): Promise<AtlasTestApi | undefined> {
  const problems = vscode.languages.createDiagnosticCollection('dprk-atlas');
  context.subscriptions.push(problems);
  const store = new FactStore(await loadFactBaseOrReport(vscode.Uri.joinPath(context.extensionUri, 'dist', 'factbase.json'), problems));
  const names = () => sharedNameMatcher(store.factBase)();
  const reader = registerReader(context, { store, names });
  registerHoverCards(context, { store, names });
  const tree = registerTree(context, { store });
  registerSearch(context, { store });
  registerWorkspaceFactBases(context, { store });
  registerFactBaseEditing(context, { store, names });
  return TEST_BUILD ? testApi(store, reader, tree) : undefined;
}

export function deactivate(): void {}
