// Keeps the claim diagnostics of open drafts current: each document is checked when it opens and, debounced, after
// an edit — only the paragraphs the edit touched (core/check/checkedDraft) — off the keystroke path and in slices, so
// a 1 MB draft never holds up the extension host. It follows the store: a changed fact base checks every open draft
// again with a checker (and paragraph cache) of its own.
import * as vscode from 'vscode';
import { CheckedDraft, ClaimChecker, type ClaimFinding, ParagraphCache } from '../core/check';
import type { FactBase } from '../core/factBase';
import type { CurrentFactBase } from '../core/factStore';
import { sharedNameMatcher } from '../core/matcher';
import { claimChecksApplyTo } from './checkSettings';
import { claimDiagnostic } from './claimDiagnostics';

/** How long typing may pause before the draft is checked again. */
const EDIT_DEBOUNCE_MS = 400;
/** Characters of unchecked paragraphs between two yields to the event loop. */
const SLICE_CHARS = 32_000;

/** A finding and the diagnostic it became, for the code actions on it. */
export interface ShownFinding {
  finding: ClaimFinding;
  diagnostic: vscode.Diagnostic;
}

export class DraftChecks implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('dprk-atlas-claims');
  /** The fact base the findings were made against, and its checker's paragraph cache. */
  private checking: { factBase: FactBase; cache: ParagraphCache } | undefined;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly shown = new Map<string, ShownFinding[]>();
  /** Per open draft: its findings, paragraph by paragraph, kept in step with its edits. */
  private readonly drafts = new Map<string, CheckedDraft>();

  constructor(
    private readonly store: CurrentFactBase,
    /** Whether the user chose to ignore the claim of a sentence in this document. */
    private readonly ignored: (document: vscode.TextDocument, sentence: string) => boolean,
  ) {}

  /** The current fact base's paragraph cache; a new fact base drops every draft's findings, made against the old one. */
  private current(): { factBase: FactBase; cache: ParagraphCache } {
    const { factBase } = this.store;
    if (this.checking?.factBase !== factBase) {
      this.checking = { factBase, cache: new ParagraphCache(new ClaimChecker(factBase, sharedNameMatcher(factBase))) };
      this.drafts.clear();
    }
    return this.checking;
  }

  /** Checks the document after `delay` ms, replacing a check already waiting. */
  schedule(document: vscode.TextDocument, delay = 0): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.check(document);
    }, delay));
  }

  /** Marks what the edit touched as to be checked (cheap: no check runs here) and checks it once typing pauses. */
  scheduleAfterEdit(e: vscode.TextDocumentChangeEvent): void {
    const draft = this.drafts.get(e.document.uri.toString());
    // The changes' offsets are in the text before the event: applied last first, each leaves the earlier ones valid.
    for (const change of [...e.contentChanges].sort((a, b) => b.rangeOffset - a.rangeOffset)) {
      draft?.noteChange(change.rangeOffset, change.rangeLength, change.text.length);
    }
    this.schedule(e.document, EDIT_DEBOUNCE_MS);
  }

  /** Checks every open draft again from scratch (settings changed, or a claim was ignored). */
  recheckAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      this.drafts.delete(document.uri.toString());
      this.schedule(document);
    }
  }

  /** Checks the open document with this URI again, if there is one. */
  recheck(uri: string): void {
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri);
    if (document) {
      this.schedule(document);
    }
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.shown.delete(key);
    this.drafts.delete(key);
    this.collection.delete(document.uri);
  }

  findingsIn(document: vscode.TextDocument): readonly ShownFinding[] {
    return this.shown.get(document.uri.toString()) ?? [];
  }

  dispose(): void {
    for (const timer of this.timers.values()) {
      clearTimeout(timer);
    }
    this.collection.dispose();
  }

  private async check(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed || !claimChecksApplyTo(document)) {
      this.forget(document);
      return;
    }
    const key = document.uri.toString();
    const { factBase, cache } = this.current();
    let draft = this.drafts.get(key);
    if (!draft) {
      draft = new CheckedDraft(cache, document.getText().length);
      this.drafts.set(key, draft);
    }
    let version = document.version;
    let text = document.getText();
    while (!draft.settle(text, SLICE_CHARS)) {
      await new Promise(resolve => setTimeout(resolve, 0));
      // Edits in the meantime were noted in the draft: go on with the text as it now is.
      if (document.isClosed || this.drafts.get(key) !== draft || this.store.factBase !== factBase) {
        return;
      }
      if (document.version !== version) {
        version = document.version;
        text = document.getText();
      }
    }
    this.show(factBase, document, text, draft.findings());
  }

  private show(factBase: FactBase, document: vscode.TextDocument, text: string, findings: ClaimFinding[]): void {
    const shown = findings
      .filter(f => !this.ignored(document, text.slice(f.sentence.start, f.sentence.end)))
      .map(finding => ({ finding, diagnostic: claimDiagnostic(factBase, document, finding) }));
    this.shown.set(document.uri.toString(), shown);
    this.collection.set(document.uri, shown.map(s => s.diagnostic));
  }
}
