// CSV, one row per statement, as RFC 4180 writes it (CRLF, fields quoted when they hold a comma, quote or line break)
// and with a UTF-8 byte-order mark, so spreadsheets read the curly quotes and Korean names as UTF-8.
import { sourceCitation } from '../citation';
import type { FactBase } from '../factBase';
import type { Statement } from '../model';

export const CSV_COLUMNS = ['id', 'type', 'date_edtf', 'date_text', 'as_of_edtf', 'as_of_text', 'status', 'actors', 'summary', 'source', 'quote'] as const;

/** Spreadsheets run a cell that starts with one of these as a formula; a leading apostrophe keeps it text (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function statementsCsv(fb: FactBase, statements: readonly Statement[]): string {
  const rows = [CSV_COLUMNS as readonly string[], ...statements.map(st => csvRow(fb, st))];
  return `\uFEFF${rows.map(row => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A statement's cells; several actors, sources or quotes go one to a line within their cell, quotes in evidence order. */
export function csvRow(fb: FactBase, st: Statement): string[] {
  const citations = [...new Set(st.evidence.map(ev => ev.source))].map(id => {
    const { title, publisher } = sourceCitation(fb, id);
    return publisher ? `${title}, ${publisher}` : title;
  });
  return [
    st.id, st.type, st.date?.edtf ?? '', st.date?.text ?? '', st.asOf?.edtf ?? '', st.asOf?.text ?? '', st.status,
    st.actors.map(id => fb.entity(id)?.name ?? id).join('\n'), st.summary, citations.join('\n'), st.evidence.map(ev => ev.quote).join('\n'),
  ];
}

function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
