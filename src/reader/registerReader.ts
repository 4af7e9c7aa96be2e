// The reader surface: "Open Article…", "open the passage behind a fact", and restoring panels after a reload.
import * as vscode from 'vscode';
import type { FactBase } from '../core/factBase';
import type { FactStore } from '../core/factStore';
import type { NameMatcher } from '../core/matcher';
import { isSourceRange, type SourceRange } from '../core/search/documents';
import { leadEvidence } from '../core/leadEvidence';
import { NO_HIGHLIGHT, READER_VIEW_TYPE, readerStateOf } from '../shared/protocol';
import { aboutSource, statementHighlights } from './readerArticle';
import type { ReaderPanel } from './readerPanel';
import { ReaderPanels } from './readerPanels';
import { COMMANDS, statementIdOf } from '../shared/commands';

export interface ReaderApi {
  openArticle(sourceId: string): ReaderPanel | undefined;
  /** Opens the article of the statement's lead quote (its date or figure, else the first) with its every quote there highlighted. */
  openPassage(statementId: string): ReaderPanel | undefined;
  /** Opens an article with a raw-offset range highlighted (a source sentence from search). */
  openRange(range: SourceRange): ReaderPanel | undefined;
  readonly panels: ReaderPanels;
  readonly serializer: vscode.WebviewPanelSerializer<unknown>;
}

export function registerReader(context: vscode.ExtensionContext, { store, names }: { store: FactStore; names: () => NameMatcher }): ReaderApi {
  const revealEntity = (entityId: string) => {
    if (store.factBase.entity(entityId)) {
      vscode.commands.executeCommand(COMMANDS.revealInSidebar, entityId)
        .then(undefined, err => vscode.window.showErrorMessage(vscode.l10n.t('DPRK Atlas could not show {0} in the sidebar: {1}', entityId, String(err))));
    }
  };
  const panels = new ReaderPanels(store, { findAll: text => names().findAll(text) }, context.extensionUri, revealEntity);

  const api: ReaderApi = {
    openArticle(sourceId) {
      const source = store.factBase.source(sourceId);
      return source && panels.show(source, NO_HIGHLIGHT);
    },
    openPassage(statementId) {
      const factBase = store.factBase;
      const statement = factBase.statement(statementId);
      const source = statement && factBase.source(leadEvidence(statement).source);
      if (!statement || !source) {
        void vscode.window.showWarningMessage(vscode.l10n.t('DPRK Atlas has no fact "{0}".', statementId));
        return undefined;
      }
      const highlights = statementHighlights(statement, panels.prepare(source).clean, id => factBase.source(id)?.title ?? id);
      if (highlights.highlights.length === 0) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The quote for "{0}" is not in the cleaned article; showing the article.', statement.summary));
      }
      return panels.show(source, highlights);
    },
    openRange({ source: sourceId, start, end }) {
      const source = store.factBase.source(sourceId);
      const range = source && panels.prepare(source).clean.rawRangeToClean(start, end);
      return source && panels.show(source, range ? { highlights: [range], current: 0, fact: null } : NO_HIGHLIGHT);
    },
    panels,
    serializer: {
      async deserializeWebviewPanel(panel, state) {
        const saved = readerStateOf(state);
        const source = saved && store.factBase.source(saved.sourceId);
        if (saved && source) {
          panels.adopt(panel, source, saved);
        } else {
          panel.dispose(); // an article no longer in the fact base (or a test fixture): nothing to restore
        }
      },
    },
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.openArticle, async (sourceId?: unknown) => {
      const id = typeof sourceId === 'string' ? sourceId : await pickSource(store.factBase);
      if (id !== undefined) {
        api.openArticle(id);
      }
    }),
    // A statement id (hovers, search events, the timeline), a sidebar statement (its context menu) or a raw range in
    // a source (search sentences).
    vscode.commands.registerCommand(COMMANDS.openPassage, (target: unknown) => {
      const statementId = statementIdOf(target);
      if (statementId !== undefined) {
        api.openPassage(statementId);
      } else if (isSourceRange(target)) {
        api.openRange(target);
      }
    }),
    vscode.window.registerWebviewPanelSerializer(READER_VIEW_TYPE, api.serializer),
    store.onDidChange(() => panels.refresh()),
  );
  return api;
}

async function pickSource(factBase: FactBase): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(
    factBase.sources.map(source => ({
      label: source.title,
      description: aboutSource(source).join(' · '),
      detail: vscode.l10n.t('Evidence for {0} facts', factBase.statementsForSource(source.id).length),
      id: source.id,
    })),
    { title: vscode.l10n.t('DPRK Atlas: Open Article'), placeHolder: vscode.l10n.t('Choose a source article'), matchOnDescription: true },
  );
  return picked?.id;
}
