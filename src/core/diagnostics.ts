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
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]`;
}
