// Test build only (TEST_BUILD; src/extension.ts returns it from activate): the internals the host tests drive and
// inspect. The shipped extension returns nothing from activate, and its bundle holds none of this.
import type * as vscode from 'vscode';
import { citationQuickPick } from './cite/registerCite';
import type { FactBase, SourceWithText } from './core/factBase';
import type { FactStore } from './core/factStore';
import { presetAnswers } from './factBaseEditing/writing';
import type { ReaderApi } from './reader/registerReader';
import type { ReaderPanel } from './reader/readerPanel';
import { NO_HIGHLIGHT } from './shared/protocol';
import { SearchIndex } from './core/search/searchIndex';
import { createSearchQuickPick, type SearchPickItem } from './search/searchQuickPick';
import type { TimelineApi } from './timeline/registerTimeline';
import type { TreeApi } from './tree/registerTree';

export interface AtlasTestApi {
  /** The store's current fact base (bundled + workspace), read at each use. */
  readonly factBase: FactBase;
  store: FactStore;
  reader: ReaderApi & {
    /** Shows any source, also one outside the fact base (the hostile-article fixtures). */
    showSource(source: SourceWithText): ReaderPanel;
    panelFor(sourceId: string): ReaderPanel | undefined;
  };
  tree: TreeApi;
  timeline: TimelineApi;
  /** Whether the extension's search index of this fact base is built (the extension's own SearchIndex, not a test copy). */
  searchIndexBuilt(factBase: FactBase): boolean;
  /** A new search QuickPick, not shown: the tests type into it and read what VS Code shows first. */
  createSearchQuickPick(): vscode.QuickPick<SearchPickItem>;
  /** Answers the next questions the writing commands ask (the action's label to agree, undefined to decline), instead of earlier answers not taken. */
  answerQuestions(...answers: (string | undefined)[]): void;
  /** Insert Citation's picker for this editor, not shown, as the command makes it. */
  createCitationQuickPick(editor: vscode.TextEditor): vscode.QuickPick<SearchPickItem>;
}

export function testApi(store: FactStore, reader: ReaderApi, tree: TreeApi, timeline: TimelineApi): AtlasTestApi {
  return {
    get factBase() { return store.factBase; },
    store,
    reader: { ...reader, showSource: source => reader.panels.show(source, NO_HIGHLIGHT), panelFor: id => reader.panels.panelFor(id) },
    tree,
    timeline,
    searchIndexBuilt: factBase => SearchIndex.isBuilt(factBase),
    createSearchQuickPick: () => createSearchQuickPick(store),
    answerQuestions: (...answers) => void presetAnswers.splice(0, presetAnswers.length, ...answers),
    createCitationQuickPick: editor => citationQuickPick(store, editor),
  };
}
