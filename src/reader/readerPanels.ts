// The open reader panels, one per article: opening an article again reveals its panel instead of a new one.
import * as vscode from 'vscode';
import type { FactBase, SourceWithText } from '../core/factBase';
import type { CurrentFactBase } from '../core/factStore';
import type { SourceRange } from '../core/search/documents';
import { type Highlights, READER_VIEW_TYPE, type ReaderState } from '../shared/protocol';
import { TIMELINE_VIEW_TYPE } from '../shared/timelineProtocol';
import { type NameFinder, prepareArticle, type PreparedArticle } from './readerArticle';
import { ReaderPanel } from './readerPanel';

export class ReaderPanels {
  private readonly bySource = new Map<string, ReaderPanel>();
  /** Per fact base: a workspace change can add statements (and passages) to any article. */
  private readonly prepared = new WeakMap<FactBase, WeakMap<SourceWithText, PreparedArticle>>();

  constructor(
    private readonly store: CurrentFactBase,
    private readonly names: NameFinder,
    private readonly extensionUri: vscode.Uri,
    private readonly onRevealEntity: (entityId: string) => void,
  ) {}

  panelFor(sourceId: string): ReaderPanel | undefined {
    return this.bySource.get(sourceId);
  }

  /** The text selected in the reader panel that has the focus, as a range of its source's text. */
  focusedSelection(): SourceRange | undefined {
    for (const [sourceId, reader] of this.bySource) {
      const selection = reader.selection;
      const source = selection && this.store.factBase.source(sourceId);
      if (selection && source) {
        const { clean } = this.prepare(source);
        return { source: sourceId, start: clean.toRaw(selection.start), end: clean.toRaw(selection.end) };
      }
    }
    return undefined;
  }

  /** Cleans and annotates a source once; panels and highlights reuse the result. */
  prepare(source: SourceWithText): PreparedArticle {
    const factBase = this.store.factBase;
    let ofFactBase = this.prepared.get(factBase);
    if (!ofFactBase) {
      ofFactBase = new WeakMap();
      this.prepared.set(factBase, ofFactBase);
    }
    let prepared = ofFactBase.get(source);
    if (!prepared) {
      prepared = prepareArticle(source, {
        statements: factBase.statementsForSource(source.id),
        names: this.names,
        entityName: id => factBase.entity(id)?.name,
      });
      ofFactBase.set(source, prepared);
    }
    return prepared;
  }

  /** After the fact base changed: each open panel shows its article anew (closed if the source is gone). */
  refresh(): void {
    for (const [sourceId, reader] of this.bySource) {
      const source = this.store.factBase.source(sourceId);
      if (source) {
        reader.showArticle(this.prepare(source).view);
      } else {
        reader.panel.dispose();
      }
    }
  }

  /** Shows the source in its panel (made if needed) with `highlights` (clean offsets), the current one scrolled into view. */
  show(source: SourceWithText, highlights: Highlights): ReaderPanel {
    const existing = this.panelFor(source.id);
    if (existing) {
      existing.highlight(highlights);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      READER_VIEW_TYPE,
      source.title,
      { viewColumn: vscode.window.activeTextEditor || timelineActive() ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: false },
      { enableFindWidget: true },
    );
    return this.adopt(panel, source, { sourceId: source.id, ...highlights, scrollY: null });
  }

  /** Takes over a panel VS Code restored after a reload (or any panel of this view type) with its saved state. */
  adopt(panel: vscode.WebviewPanel, source: SourceWithText, state: ReaderState): ReaderPanel {
    const article = this.prepare(source).view;
    // A saved state may predate a change to the article; ranges past its end are dropped, not sent.
    const highlights = state.highlights.filter(h => h.end <= article.text.length);
    const current = highlights.length === state.highlights.length ? state.current : 0;
    const reader = new ReaderPanel(panel, article, { ...state, highlights, current }, this.extensionUri, this.onRevealEntity);
    this.bySource.set(source.id, reader);
    panel.onDidDispose(() => {
      if (this.bySource.get(source.id) === reader) {
        this.bySource.delete(source.id);
      }
    });
    return reader;
  }
}

/** A passage opened from the timeline goes beside it, so the timeline stays in view (as beside a draft). */
function timelineActive(): boolean {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputWebview && input.viewType.endsWith(TIMELINE_VIEW_TYPE);
}
