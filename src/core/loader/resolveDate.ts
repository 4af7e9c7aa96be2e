// EDTF → sort keys, at build time only: the extension reads the resolved keys and never loads the parser.
import edtf from 'edtf';
import { OPEN_END } from '../dates';
import type { ResolvedDate, SourceDate } from '../model';

/** Resolves an EDTF string, or returns the parser's complaint in one line. */
export function resolveDate(date: SourceDate): ResolvedDate | { error: string } {
  try {
    const parsed = edtf(date.edtf);
    // Open ends become the Date range's limits: JSON has no Infinity.
    const min = Math.max(Number(parsed.min), -OPEN_END);
    const max = Math.min(Number(parsed.max), OPEN_END);
    if (Number.isNaN(min) || Number.isNaN(max)) {
      return { error: `"${date.edtf}" has no bounds the parser can compute` };
    }
    // Qualifiers (?~%), unspecified digits (X), intervals and seasons (-21..-41) are less than a plain day,
    // month or year. Read from the text: the parser's type names do not survive bundling.
    const uncertain = /[?~%X/]|^-?\d{4}-(2[1-9]|3\d|4[01])$/.test(date.edtf);
    return { ...date, min, max, uncertain };
  } catch (err) {
    const first = String((err as Error).message).split('\n')[0];
    return { error: `"${date.edtf}" is not valid EDTF (${first})` };
  }
}
