// Hovers as VS Code shows them, for the host tests: the DPRK Atlas cards among every provider's hovers.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CARD_COMMANDS } from '../../src/core/card';

export interface Hovered {
  /** The Show in Sidebar argument of each DPRK Atlas card. */
  entityIds: string[];
  markdown: vscode.MarkdownString[];
  ranges: (vscode.Range | undefined)[];
}

/** The DPRK Atlas cards (other providers' hovers left out) for the pointer at `position`. */
export async function cardsAt(uri: vscode.Uri, position: vscode.Position): Promise<Hovered> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  const cards = hovers.flatMap(h => h.contents.map(c => ({ hover: h, content: c })))
    .filter((c): c is { hover: vscode.Hover; content: vscode.MarkdownString } =>
      c.content instanceof vscode.MarkdownString && c.content.value.includes(`command:${CARD_COMMANDS.revealInSidebar}?`));
  return {
    entityIds: cards.map(c => JSON.parse(decodeURIComponent(/revealInSidebar\?([^)]*)\)/.exec(c.content.value)![1]))[0]),
    markdown: cards.map(c => c.content),
    ranges: cards.map(c => c.hover.range),
  };
}

/** The cards for the pointer on the second character of `needle`. */
export function hoverOn(document: vscode.TextDocument, needle: string): Promise<Hovered> {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is not in the document`);
  return cardsAt(document.uri, document.positionAt(offset + 1));
}
