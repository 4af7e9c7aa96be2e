// The loader's positioned problems as VS Code diagnostics on the exact file:line:column, one set per fact-base folder,
// with the replacement quotes of quote problems kept for the quick fixes (a published diagnostic carries no data).
import * as vscode from 'vscode';
import type { Diagnostic, QuoteFix } from '../core/diagnostics';
import type { FactBaseFolder } from './factBaseFolder';

export const DIAGNOSTIC_SOURCE = 'DPRK Atlas'; // not user text: the product's name, never translated

export class FactBaseProblems implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('dprk-atlas-workspace');
  private readonly published = new Map<string, vscode.Uri[]>();
  private readonly quoteFixes = new Map<string, QuoteFix>();

  /** Replaces the folder's diagnostics with `diagnostics` (paths relative to the folder) and its skipped files. */
  publish(folder: FactBaseFolder, diagnostics: readonly Diagnostic[]): void {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    const fixes: [string, QuoteFix][] = [];
    const add = (file: string, d: vscode.Diagnostic) => {
      let list = byFile.get(file);
      if (!list) {
        list = [];
        byFile.set(file, list);
      }
      list.push(d);
    };
    for (const d of diagnostics) {
      const position = new vscode.Position(Math.max(0, d.line - 1), Math.max(0, d.column - 1));
      const diagnostic = new vscode.Diagnostic(new vscode.Range(position, position), d.message,
        d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = d.code;
      // An internal error of the loader has no file of its own: it shows on sources.yaml.
      const file = d.file === '(loader)' ? 'sources.yaml' : d.file;
      add(file, diagnostic);
      if (d.quoteFix) {
        fixes.push([fixKey(vscode.Uri.joinPath(folder.uri, file), diagnostic), d.quoteFix]);
      }
    }
    for (const [file, reason] of folder.skipped) {
      // Skipped source texts are reported by the record that names them; skipped YAML files here.
      if (!file.startsWith('sources/')) {
        const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), reason, vscode.DiagnosticSeverity.Warning);
        diagnostic.source = DIAGNOSTIC_SOURCE;
        diagnostic.code = 'file-skipped';
        add(file, diagnostic);
      }
    }
    this.clear(folder);
    const entries = [...byFile].map(([file, list]): [vscode.Uri, vscode.Diagnostic[]] => [vscode.Uri.joinPath(folder.uri, file), list]);
    this.collection.set(entries);
    this.published.set(folder.key, entries.map(([uri]) => uri));
    for (const [key, fix] of fixes) {
      this.quoteFixes.set(key, fix);
    }
  }

  /** The replacement quotes of a quote problem shown in `uri`, if it has any. */
  quoteFixOf(uri: vscode.Uri, diagnostic: vscode.Diagnostic): QuoteFix | undefined {
    return this.quoteFixes.get(fixKey(uri, diagnostic));
  }

  clear(folder: FactBaseFolder): void {
    for (const uri of this.published.get(folder.key) ?? []) {
      this.collection.delete(uri);
      for (const key of [...this.quoteFixes.keys()].filter(k => k.startsWith(`${uri.toString()}#`))) {
        this.quoteFixes.delete(key);
      }
    }
    this.published.delete(folder.key);
  }

  dispose(): void {
    this.collection.dispose();
  }
}

function fixKey(uri: vscode.Uri, diagnostic: vscode.Diagnostic): string {
  return `${uri.toString()}#${diagnostic.range.start.line}:${diagnostic.range.start.character}:${String(diagnostic.code)}`;
}
