// The one entity a known name at a position denotes, as hover cards read it: a bounded window of the line.
import type * as vscode from 'vscode';
import type { NameMatcher } from '../core/matcher';

export function entityIdAt(names: () => NameMatcher, document: vscode.TextDocument, position: vscode.Position): string | undefined {
  const match = names().matchAt(document.lineAt(position.line).text, position.character);
  return match && !match.ambiguous && match.entityIds.length === 1 ? match.entityIds[0] : undefined;
}
