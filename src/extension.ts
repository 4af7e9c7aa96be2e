// Composition root: load the compiled fact base once, then let each surface register itself.
import * as vscode from 'vscode';
import { FactBase } from './core/factBase';
import { registerHoverCards } from './hover/hoverProvider';
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
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'dist', 'factbase.json'));
  const factBase = FactBase.fromJson(new TextDecoder().decode(bytes));
  const reader = registerReader(context, { factBase });
  registerHoverCards(context, { factBase });
  const tree = registerTree(context, { factBase });
  const search = registerSearch(context, { factBase });
  return { factBase, reader, tree, search };
}

export function deactivate(): void {}
