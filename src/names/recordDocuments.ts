// The fact base's YAML records as read-only documents of the extension's own scheme (`dprk-atlas-data:`): Go to
// Definition and Peek open an entity's record there, so bundled data can be read but not edited by mistake.
import * as vscode from 'vscode';
import type { FactBase } from '../core/factBase';
import type { Entity } from '../core/model';

export const RECORD_SCHEME = 'dprk-atlas-data';

export function recordLocation(entity: Entity): vscode.Location | undefined {
  if (!entity.record) {
    return undefined;
  }
  const line = entity.record.line - 1;
  return new vscode.Location(vscode.Uri.from({ scheme: RECORD_SCHEME, path: `/${entity.record.file}` }), new vscode.Range(line, 0, line, 0));
}

/** Serves only the files records are written in, from the extension's own data/ folder. */
export function registerRecordDocuments(context: vscode.ExtensionContext, factBase: FactBase): void {
  const files = new Set(factBase.entities.flatMap(e => (e.record ? [`/${e.record.file}`] : [])));
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
