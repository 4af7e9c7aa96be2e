// The export formats DPRK Atlas writes (vscode-free): each renders the statements in scope to the text of one file.
import * as l10n from '@vscode/l10n';
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

/** Label and detail are getters: the translations are configured after the modules load. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'markdown', get label() { return l10n.t('Markdown chronology'); }, extension: 'md',
    get detail() { return l10n.t('Per country, date-ordered, each fact with a footnote quoting its source verbatim'); },
    render: markdownChronology,
  },
  {
    id: 'csv', get label() { return l10n.t('CSV'); }, extension: 'csv',
    get detail() { return l10n.t('One row per statement, for spreadsheets (UTF-8 with a byte-order mark)'); },
    render: (fb, _title, _scope, statements) => statementsCsv(fb, statements),
  },
  {
    id: 'json', get label() { return l10n.t('JSON'); }, extension: 'json',
    get detail() { return l10n.t('The statements with their entities and sources, in DPRK Atlas’s own model'); },
    render: (fb, _title, _scope, statements) => factBaseJson(fb, statements),
  },
  {
    id: 'csl-json', get label() { return l10n.t('CSL-JSON (sources)'); }, extension: 'json',
    get detail() { return l10n.t('The cited sources, for Zotero and pandoc’s citeproc'); },
    render: (fb, _title, _scope, statements) => sourcesCslJson(fb, statements),
  },
];

export function exportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find(f => f.id === id);
}
