// "DPRK Atlas: Search…": a QuickPick over the whole fact base, ranked by the core SearchIndex.
//
// How the ranking survives VS Code's own filtering: the extension filters and ranks on every keystroke and sets
// `items` in that order, each with `alwaysShow: true` so VS Code's label filter hides none of them, and with
// `matchOnDescription`/`matchOnDetail` off so descriptions and details add no highlights of their own. That
// alone is not enough: while the input is not empty, VS Code still moves items whose *label* fuzzy-matches the
// input ahead of the rest and sorts those by label. The QuickPick's `sortByLabel` switch turns that re-sort off;
// VS Code 1.90 types it only as proposed API (vscode.proposed.quickPickSortByLabel.d.ts), but the extension
// host accepts the property from any extension, so it is set here through a widened type. The host tests read
// `activeItems` after typing, i.e. the item VS Code itself puts first, to check that this holds.
import * as vscode from 'vscode';
import type { FactBase } from '../core/factBase';
import type { FactStore } from '../core/factStore';
import type { SearchDocument } from '../core/search/documents';
import { distinctResults } from '../core/search/distinctResults';
import { SearchIndex } from '../core/search/searchIndex';
import { ENTITY_ICONS, PASSAGE_ICON, STATEMENT_ICONS } from '../tree/icons';
import { COMMANDS } from '../shared/commands';

export interface SearchPickItem extends vscode.QuickPickItem {
  readonly document: SearchDocument;
}

/** What a search QuickPick is for: the palette's search, or picking a fact to cite. */
export interface SearchPurpose {
  title: string;
  placeholder: string;
  /** Which results to offer; all when absent. */
  offers?(doc: SearchDocument): boolean;
  /** What to show before anything is typed. */
  initial(factBase: FactBase, index: SearchIndex): SearchDocument[];
  accept(doc: SearchDocument): void;
}

/** A function: the translations are configured after the modules load. */
const paletteSearch = (): SearchPurpose => ({
  title: vscode.l10n.t('DPRK Atlas: Search'),
  placeholder: vscode.l10n.t('Countries, events, people, organizations, places, source sentences — every word must match'),
  initial: (factBase, index) => factBase.relationCountries().map(c => index.document(c.id)!),
  accept: doc => void openSearchResult(doc),
});

/** What a search QuickPick reads: the store's current facts, followed while it is open. */
export type SearchedStore = Pick<FactStore, 'factBase' | 'onDidChange'>;

/**
 * A search QuickPick, not yet shown: the command shows it; tests drive it through `value`. It searches the store's
 * current fact base, and shows the new one's results when the store changes while it is open.
 */
export function createSearchQuickPick(store: SearchedStore, purpose: SearchPurpose = paletteSearch()): vscode.QuickPick<SearchPickItem> {
  const quickPick = vscode.window.createQuickPick<SearchPickItem>() as vscode.QuickPick<SearchPickItem> & { sortByLabel: boolean };
  quickPick.title = purpose.title;
  quickPick.placeholder = purpose.placeholder;
  quickPick.matchOnDescription = false;
  quickPick.matchOnDetail = false;
  quickPick.sortByLabel = false;
  /** The fact base whose index is being waited for, if any. */
  let waitingFor: FactBase | undefined;
  const update = (query: string) => {
    const factBase = store.factBase;
    if (!SearchIndex.isBuilt(factBase)) {
      // Built on first use, not at activation, in slices: typing stays possible while a large fact base is indexed,
      // and the build's end shows the results of what is typed by then.
      waitForIndex(factBase);
      return;
    }
    const index = SearchIndex.forFactBase(factBase);
    const documents = query.trim() ? distinctResults(index.search(query)) : purpose.initial(factBase, index);
    quickPick.items = documents.filter(doc => purpose.offers?.(doc) ?? true).map(doc => pickItem(factBase, doc));
  };
  const waitForIndex = (factBase: FactBase) => {
    if (waitingFor === factBase) {
      return;
    }
    waitingFor = factBase;
    quickPick.busy = true;
    // Built, or abandoned because the store replaced that fact base: either way, show what the store has now.
    const settled = () => {
      if (waitingFor === factBase) {
        waitingFor = undefined;
        quickPick.busy = false;
        update(quickPick.value);
      }
    };
    SearchIndex.whenBuilt(factBase).then(settled, settled);
  };
  quickPick.onDidChangeValue(update);
  const following = store.onDidChange(() => update(quickPick.value));
  quickPick.onDidAccept(() => {
    const chosen = quickPick.selectedItems[0] ?? quickPick.activeItems[0];
    quickPick.hide();
    if (chosen) {
      purpose.accept(chosen.document);
    }
  });
  quickPick.onDidHide(() => {
    following.dispose();
    quickPick.dispose();
  });
  update('');
  return quickPick;
}

function pickItem(factBase: FactBase, doc: SearchDocument): SearchPickItem {
  return {
    label: `$(${iconOf(factBase, doc)}) ${doc.label}`,
    description: doc.description,
    detail: doc.detail || undefined,
    alwaysShow: true,
    document: doc,
  };
}

function iconOf(factBase: FactBase, doc: SearchDocument): string {
  if (doc.kind === 'event') {
    return STATEMENT_ICONS[factBase.statement(doc.id)!.type];
  }
  return doc.kind === 'passage' ? PASSAGE_ICON : ENTITY_ICONS[doc.kind];
}

/** Reveals the item in the sidebar, then opens what supports it in the reader: a fact's quote or a sentence. */
async function openSearchResult(doc: SearchDocument): Promise<void> {
  await vscode.commands.executeCommand(COMMANDS.revealInSidebar, doc.reveal);
  if (doc.passage !== undefined) {
    await vscode.commands.executeCommand(COMMANDS.openPassage, doc.passage);
  }
}
