// Where Go to Definition and Peek open an entity's record. A bundled entity's is a read-only document of the
// extension's own scheme (`dprk-atlas-data:`), so bundled data can be read but not edited by mistake; a workspace
// entity's is the writer's own YAML file in their `.dprk-atlas/` folder.
import * as vscode from 'vscode';
import type { FactStore } from '../core/factStore';
import type { Entity } from '../core/model';

export const RECORD_SCHEME = 'dprk-atlas-data';

export function recordLocation(store: FactStore, entity: Entity): vscode.Location | undefined {
  if (!entity.record) {
    return undefined;
  }
  const range = new vscode.Range(entity.record.line - 1, 0, entity.record.line - 1, 0);
  // The store's keys are the workspace folders' URIs; a record's file is relative to its folder.
  const folder = store.workspaceKeys.find(key => store.workspaceBase(key)?.entities.some(e => e.id === entity.id));
  const uri = folder !== undefined
    ? vscode.Uri.joinPath(vscode.Uri.parse(folder), entity.record.file)
    : vscode.Uri.from({ scheme: RECORD_SCHEME, path: `/${entity.record.file}` });
  return new vscode.Location(uri, range);
}

/** Serves only the files bundled records are written in, from the extension's own data/ folder. */
export function registerRecordDocuments(context: vscode.ExtensionContext, store: FactStore): void {
  const files = new Set(store.bundledFactBase.entities.flatMap(e => (e.record ? [`/${e.record.file}`] : [])));
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(RECORD_SCHEME, {
    async provideTextDocumentContent(uri) {
      if (!files.has(uri.path)) {
        return undefined;
      }
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'data', uri.path));
      return new TextDecoder().decode(bytes);
    },
  }));
}
