// EDTF → sort keys, at build time only: the extension reads the resolved keys and never loads the parser.
import edtf from 'edtf';
import type { ResolvedDate, SourceDate } from '../model';

const DATE_LIMIT = 8.64e15;

/** Resolves an EDTF string, or returns the parser's complaint in one line. */
export function resolveDate(date: SourceDate): ResolvedDate | { error: string } {
  try {
    const parsed = edtf(date.edtf);
    // Open ends become the Date range's limits: JSON has no Infinity.
    const min = Math.max(Number(parsed.min), -DATE_LIMIT);
    const max = Math.min(Number(parsed.max), DATE_LIMIT);
    if (Number.isNaN(min) || Number.isNaN(max)) {
      return { error: `"${date.edtf}" has no bounds the parser can compute` };
    }
    // Seasons (-21..-41), decades (X), qualifiers (?~%) and intervals are all less than a plain day, month or year.
    const uncertain = /[?~%X]/.test(date.edtf) || parsed.type !== 'Date';
    return { ...date, min, max, uncertain };
  } catch (err) {
    const first = String((err as Error).message).split('\n')[0];
    return { error: `"${date.edtf}" is not valid EDTF (${first})` };
  }
}
