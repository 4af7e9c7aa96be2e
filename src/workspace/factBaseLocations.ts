// Where the workspace fact bases are: `.dprk-atlas/` in each workspace folder, or the folders the (restricted)
// setting names, relative to it and never outside it.
import * as vscode from 'vscode';

export const FACT_BASES_SETTING = 'dprkAtlas.workspaceFactBases';
const DEFAULT_FOLDER = '.dprk-atlas';

export interface FactBaseLocation {
  workspaceFolder: vscode.WorkspaceFolder;
  /** The folder's path relative to the workspace folder, `/`-separated. */
  relative: string;
  uri: vscode.Uri;
}

export function factBaseLocations(): FactBaseLocation[] {
  const locations: FactBaseLocation[] = [];
  for (const workspaceFolder of vscode.workspace.workspaceFolders ?? []) {
    const configured = vscode.workspace.getConfiguration('dprkAtlas', workspaceFolder.uri).get<string[]>('workspaceFactBases', [DEFAULT_FOLDER]);
    for (const relative of configured.map(normalizeRelative).filter((r): r is string => r !== undefined)) {
      locations.push({ workspaceFolder, relative, uri: vscode.Uri.joinPath(workspaceFolder.uri, relative) });
    }
  }
  return locations;
}

/** The fact-base folder `uri` lies in, with its path there, if any. */
export function factBaseLocationOf(uri: vscode.Uri): { location: FactBaseLocation; path: string } | undefined {
  for (const location of factBaseLocations()) {
    const prefix = location.uri.toString().replace(/\/$/, '') + '/';
    const target = uri.toString();
    if (target.startsWith(prefix)) {
      return { location, path: decodeURIComponent(target.slice(prefix.length)) };
    }
  }
  return undefined;
}

/** Whether `uri` is a YAML file of a fact-base folder (its sources.yaml, entities/ or statements/). */
export function isFactBaseYaml(uri: vscode.Uri): boolean {
  const path = factBaseLocationOf(uri)?.path;
  return path !== undefined && /^(sources\.yaml|(entities|statements)\/[^/]+\.ya?ml)$/i.test(path);
}

/** A folder path relative to the workspace folder, inside it: no absolute path, no `..`. */
function normalizeRelative(relative: string): string | undefined {
  const parts = relative.replace(/\\/g, '/').split('/').filter(p => p !== '' && p !== '.');
  return parts.length > 0 && !parts.includes('..') && !/^[a-z]:$/i.test(parts[0]) && !relative.startsWith('/') ? parts.join('/') : undefined;
}
