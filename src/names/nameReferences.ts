// Find All References on a known name: where that entity is named across the workspace's Markdown and text files
// (at most MAX_FILES, honouring files.exclude and search.exclude), open documents as they stand unsaved.
import * as vscode from 'vscode';
import type { FactStore } from '../core/factStore';
import { type NameMatcher, sharedNameMatcher } from '../core/matcher';
import { entityIdAt } from './nameAt';
import { recordLocation } from './recordDocuments';

const DRAFT_FILES = '**/*.{md,markdown,txt}';
const MAX_FILES = 2000;
/** Larger files are skipped: a draft is never this long, and reading one would stall the search. */
const MAX_FILE_BYTES = 5_000_000;

export class NameReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly store: FactStore) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext,
    token: vscode.CancellationToken): Promise<vscode.Location[]> {
    // One fact base for the whole search, though the store may change while files are read.
    const { factBase } = this.store;
    const names = sharedNameMatcher(factBase);
    const entityId = entityIdAt(names, document, position);
    const entity = entityId && factBase.entity(entityId);
    if (!entity) {
      return [];
    }
    const open = new Map(vscode.workspace.textDocuments.map(d => [d.uri.toString(), d]));
    const uris = await vscode.workspace.findFiles(DRAFT_FILES, excludeGlob(), MAX_FILES, token);
    if (!uris.some(uri => uri.toString() === document.uri.toString())) {
      uris.push(document.uri);
    }
    const locations: vscode.Location[] = context.includeDeclaration ? [recordLocation(this.store, entity)].filter(l => l !== undefined) : [];
    for (const uri of uris) {
      if (token.isCancellationRequested) {
        return locations;
      }
      const text = open.get(uri.toString())?.getText() ?? (await readText(uri));
      if (text !== undefined) {
        locations.push(...namings(names(), uri, text, entity.id));
      }
    }
    return locations;
  }
}

function namings(names: NameMatcher, uri: vscode.Uri, text: string, entityId: string): vscode.Location[] {
  const matches = names.findAll(text).filter(m => !m.ambiguous && m.entityIds.length === 1 && m.entityIds[0] === entityId);
  if (!matches.length) {
    return [];
  }
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    lineStarts.push(i + 1);
  }
  const positionOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return new vscode.Position(lo, offset - lineStarts[lo]);
  };
  return matches.map(m => new vscode.Location(uri, new vscode.Range(positionOf(m.start), positionOf(m.end))));
}

/** files.exclude and search.exclude together, as one glob (findFiles' own default would drop search.exclude). */
function excludeGlob(): string | undefined {
  const patterns = ['files.exclude', 'search.exclude'].flatMap(section => {
    const settings = vscode.workspace.getConfiguration().get<Record<string, unknown>>(section, {});
    return Object.entries(settings).filter(([, on]) => on === true).map(([glob]) => glob);
  });
  return patterns.length ? `{${patterns.join(',')}}` : undefined;
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    if ((await vscode.workspace.fs.stat(uri)).size > MAX_FILE_BYTES) {
      return undefined;
    }
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined; // gone or unreadable since it was listed: not a reference
  }
}
