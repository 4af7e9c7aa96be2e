// Keeps the claim diagnostics of open drafts current: each document is checked when it opens and again, debounced,
// after an edit, off the keystroke path and in slices, so a 1 MB draft never holds up the extension host.
import * as vscode from 'vscode';
import { type ClaimChecker, type ClaimFinding, ParagraphCache, paragraphRanges } from '../core/check';
import type { FactBase } from '../core/factBase';
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
  private readonly cache: ParagraphCache;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly shown = new Map<string, ShownFinding[]>();

  constructor(
    private readonly factBase: FactBase,
    checker: ClaimChecker,
    /** Whether the user chose to ignore the claim of a sentence in this document. */
    private readonly ignored: (document: vscode.TextDocument, sentence: string) => boolean,
  ) {
    this.cache = new ParagraphCache(checker);
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

  scheduleAfterEdit(document: vscode.TextDocument): void {
    this.schedule(document, EDIT_DEBOUNCE_MS);
  }

  recheckAll(): void {
    for (const document of vscode.workspace.textDocuments) {
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
    const version = document.version;
    const text = document.getText();
    const findings: ClaimFinding[] = [];
    let unchecked = 0;
    for (const paragraph of paragraphRanges(text)) {
      if (!this.cache.has(text, paragraph)) {
        unchecked += paragraph.end - paragraph.start;
        if (unchecked > SLICE_CHARS) {
          unchecked = 0;
          await new Promise(resolve => setTimeout(resolve, 0));
          // An edit since: its own check, already scheduled, replaces this one.
          if (document.isClosed || document.version !== version) {
            return;
          }
        }
      }
      findings.push(...this.cache.findings(text, paragraph));
    }
    const shown = findings
      .filter(f => !this.ignored(document, text.slice(f.sentence.start, f.sentence.end)))
      .map(finding => ({ finding, diagnostic: claimDiagnostic(this.factBase, document, finding) }));
    this.shown.set(document.uri.toString(), shown);
    this.collection.set(document.uri, shown.map(s => s.diagnostic));
  }
}
