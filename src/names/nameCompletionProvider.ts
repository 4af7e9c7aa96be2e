// Completion of known names in drafts: the canonical name first, its aliases after, the kind as icon, the
// description as detail. Offered on Ctrl+Space, and as the user types where quick suggestions are on.
import * as vscode from 'vscode';
import type { FactBase } from '../core/factBase';
import type { CurrentFactBase } from '../core/factStore';
import type { EntityKind } from '../core/model';
import { type NameCompletion, nameCompletions, typedStart } from '../core/names/nameCompletions';

/** Completion kinds have fixed icons: the nearest to a person, a country (a namespace), an organization, a place. */
const KIND_ICONS: Record<EntityKind, vscode.CompletionItemKind> = {
  person: vscode.CompletionItemKind.User,
  country: vscode.CompletionItemKind.Module,
  organization: vscode.CompletionItemKind.Class,
  place: vscode.CompletionItemKind.Reference,
};
/** How much of the line before the cursor is looked at: a name being typed is never longer. */
const PREFIX_CHARS = 120;

export class NameCompletionProvider implements vscode.CompletionItemProvider {
  /** Made on first use, not at activation, and again for each new fact base of the store. */
  private names: { factBase: FactBase; completions: NameCompletion[] } | undefined;

  constructor(private readonly store: CurrentFactBase) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const { factBase } = this.store;
    if (this.names?.factBase !== factBase) {
      this.names = { factBase, completions: nameCompletions(factBase) };
    }
    const names = this.names.completions;
    const from = Math.max(0, position.character - PREFIX_CHARS);
    const prefix = document.lineAt(position.line).text.slice(from, position.character);
    const items: vscode.CompletionItem[] = [];
    for (const name of names) {
      const start = typedStart(prefix, name);
      if (start !== undefined) {
        items.push(this.item(name, new vscode.Range(position.line, from + start, position.line, position.character), prefix.slice(start)));
      }
    }
    return items;
  }

  private item(name: NameCompletion, range: vscode.Range, typed: string): vscode.CompletionItem {
    const { entity } = name;
    const description = name.canonical ? entity.aliases.join(', ') || undefined : vscode.l10n.t('→ {0}', entity.name);
    const item = new vscode.CompletionItem({ label: name.text, description }, KIND_ICONS[entity.kind]);
    item.detail = entity.description;
    item.range = range;
    // What was typed, then the name: VS Code's own filter keeps the item however the typed words are spelt.
    item.filterText = `${typed}${name.text}`;
    // The canonical name before its aliases, each entity's names together.
    item.sortText = `${name.canonical ? 0 : 1}${name.text}`;
    return item;
  }
}
