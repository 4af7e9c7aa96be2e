// Problems found in fact-base files, positioned so a person (or VS Code's Problems view) can jump to them.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path of the file, as the caller named it (relative to data/ for the bundled fact base). */
  file: string;
  /** 1-based line and column of the start of the problem. */
  line: number;
  column: number;
  severity: Severity;
  /** A stable code for tests and filtering, e.g. `unknown-reference`. */
  code: string;
  message: string;
  /** A quote not found, or found more than once: the quotes a quick fix may put in its place. */
  quoteFix?: QuoteFix;
}

/** Where a quote's value stands in its file (1-based, end exclusive), and what may replace it. */
export interface QuoteFix {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The value as the file has it there, so a fix is offered only while the text still stands. */
  written: string;
  suggestions: QuoteSuggestion[];
}

/** The closest passage to a quote not found; an occurrence (of so many) of an ambiguous quote, extended until unique. */
export type QuoteSuggestion = { kind: 'closest'; quote: string } | { kind: 'extend'; quote: string; occurrence: number; occurrences: number };

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]`;
}
