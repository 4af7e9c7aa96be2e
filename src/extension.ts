// Composition root: load the compiled fact base once, then let each surface register itself.
import * as vscode from 'vscode';
import type { FactBase } from './core/factBase';
import { sharedNameMatcher } from './core/matcher';
import { registerHoverCards } from './hover/hoverProvider';
import { loadFactBaseOrReport } from './loadBundledFactBase';
import { type ReaderApi, registerReader } from './reader/registerReader';
import { registerSearch, type SearchApi } from './search/registerSearch';
import { registerTree, type TreeApi } from './tree/registerTree';

export interface AtlasApi {
  factBase: FactBase;
  reader: ReaderApi;
  tree: TreeApi;
  search: SearchApi;
}

export async function activate(context: vscode.ExtensionContext): Promise<AtlasApi> {
  const problems = vscode.languages.createDiagnosticCollection('dprk-atlas');
  context.subscriptions.push(problems);
  const factBase = await loadFactBaseOrReport(vscode.Uri.joinPath(context.extensionUri, 'dist', 'factbase.json'), problems);
  const names = sharedNameMatcher(factBase);
  const reader = registerReader(context, { factBase, names });
  registerHoverCards(context, { factBase, names });
  const tree = registerTree(context, { factBase });
  const search = registerSearch(context, { factBase });
  return { factBase, reader, tree, search };
}

export function deactivate(): void {}
