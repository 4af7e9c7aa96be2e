// The raw source articles, byte for byte, as read-only documents (`dprk-atlas:` URIs): "Open Raw Source" shows
// the original text with a quote selected, so a reader can check a fact against exactly what was received.
import * as vscode from 'vscode';
import type { FactBase } from '../core/factBase';
import { leadEvidence } from '../core/leadEvidence';
import type { CurrentFactBase } from '../core/factStore';
import { isSourceRange, type SourceRange } from '../core/search/documents';
import { COMMANDS } from '../shared/commands';

export const RAW_SOURCE_SCHEME = 'dprk-atlas';
/** A language of their own, so package.json's configurationDefaults can wrap them: a quote then shows whole. */
export const RAW_SOURCE_LANGUAGE = 'dprk-atlas-source';

export function rawSourceUri(sourceId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: RAW_SOURCE_SCHEME, path: `/${sourceId}.txt` });
}

/** The source a `dprk-atlas:` document shows. */
export function rawSourceId(uri: vscode.Uri): string {
  return uri.path.replace(/^\//, '').replace(/\.txt$/, '');
}

export function registerRawSources(context: vscode.ExtensionContext, store: CurrentFactBase): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(RAW_SOURCE_SCHEME, {
      provideTextDocumentContent: uri => store.factBase.source(rawSourceId(uri))?.text,
    }),
    vscode.commands.registerCommand(COMMANDS.openRawSource, (target: unknown) => openRawSource(store.factBase, target)),
  );
}

/** Opens a source with a range selected: for a statement, its lead quote (the one with its date or figure). */
async function openRawSource(factBase: FactBase, target: unknown): Promise<void> {
  const range = rangeOf(factBase, target);
  if (!range || !factBase.source(range.source)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('DPRK Atlas has no source passage for {0}.', JSON.stringify(target)));
    return;
  }
  const opened = await vscode.workspace.openTextDocument(rawSourceUri(range.source));
  const document = opened.languageId === RAW_SOURCE_LANGUAGE ? opened : await vscode.languages.setTextDocumentLanguage(opened, RAW_SOURCE_LANGUAGE);
  const selection = new vscode.Selection(document.positionAt(range.start), document.positionAt(range.end));
  const editor = await vscode.window.showTextDocument(document, { selection, preview: true });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Takes a statement id, a sidebar statement or source item (from its context menu; a source opens at its start) or a raw range. */
function rangeOf(factBase: FactBase, target: unknown): SourceRange | undefined {
  const sourceId = (target as { sourceId?: unknown } | undefined)?.sourceId;
  if (typeof sourceId === 'string') {
    return { source: sourceId, start: 0, end: 0 };
  }
  const statementId = typeof target === 'string' ? target : (target as { statementId?: unknown } | undefined)?.statementId;
  if (typeof statementId === 'string') {
    const statement = factBase.statement(statementId);
    const evidence = statement && leadEvidence(statement);
    return evidence && { source: evidence.source, start: evidence.start, end: evidence.end };
  }
  return isSourceRange(target) ? { source: target.source, start: target.start, end: target.end } : undefined;
}
