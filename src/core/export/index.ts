// The export formats DPRK Atlas writes (vscode-free): each renders the statements in scope to the text of one file.
import type { FactBase } from '../factBase';
import type { Statement } from '../model';
import { sourcesCslJson } from './cslJson';
import { statementsCsv } from './csv';
import { factBaseJson } from './json';
import { markdownChronology } from './markdownChronology';
import type { ExportScope } from './scope';

export { type ExportScope, statementsInScope } from './scope';

export type ExportFormatId = 'markdown' | 'csv' | 'json' | 'csl-json';

export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  detail: string;
  /** File name extension, without the dot. */
  extension: string;
  /** `title` heads the documents that have one; `scope` is what `statements` were chosen by. */
  render(fb: FactBase, title: string, scope: ExportScope, statements: readonly Statement[]): string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'markdown', label: 'Markdown chronology', extension: 'md',
    detail: 'Per country, date-ordered, each fact with a footnote quoting its source verbatim',
    render: markdownChronology,
  },
  {
    id: 'csv', label: 'CSV', extension: 'csv',
    detail: 'One row per statement, for spreadsheets (UTF-8 with a byte-order mark)',
    render: (fb, _title, _scope, statements) => statementsCsv(fb, statements),
  },
  {
    id: 'json', label: 'JSON', extension: 'json',
    detail: 'The statements with their entities and sources, in DPRK Atlas’s own model',
    render: (fb, _title, _scope, statements) => factBaseJson(fb, statements),
  },
  {
    id: 'csl-json', label: 'CSL-JSON (sources)', extension: 'json',
    detail: 'The cited sources, for Zotero and pandoc’s citeproc',
    render: (fb, _title, _scope, statements) => sourcesCslJson(fb, statements),
  },
];

export function exportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find(f => f.id === id);
}
