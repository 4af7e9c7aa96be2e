// "DPRK Atlas: Insert Citation…" (palette, editor context menu, code actions): picks a fact with the palette's
// search, or takes a statement id, and cites it at the cursor of the active editor, from the store's current facts.
import * as vscode from 'vscode';
import { type SearchPickItem, type SearchedStore, createSearchQuickPick } from '../search/searchQuickPick';
import { insertCitation } from './insertCitation';
import { COMMANDS } from '../shared/commands';

export function registerCite(context: vscode.ExtensionContext, { store }: { store: SearchedStore }): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.insertCitation, async (statementId?: unknown) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a document to insert a citation into.'));
      return;
    }
    if (typeof statementId === 'string') {
      await insertCitation(store.factBase, editor.document, editor.selection.active, statementId);
      return;
    }
    citationQuickPick(store, editor).show();
  }));
}

/** The picker of Insert Citation…: the palette's search over facts alone; the chosen one is cited at the cursor. */
export function citationQuickPick(store: SearchedStore, editor: vscode.TextEditor): vscode.QuickPick<SearchPickItem> {
  return createSearchQuickPick(store, {
    title: vscode.l10n.t('DPRK Atlas: Insert Citation'),
    placeholder: vscode.l10n.t('The fact to cite — every word must match'),
    offers: doc => doc.kind === 'event',
    initial: (fb, index) => fb.statements.flatMap(st => index.document(st.id) ?? []),
    accept: doc => void insertCitation(store.factBase, editor.document, editor.selection.active, doc.id),
  });
}
