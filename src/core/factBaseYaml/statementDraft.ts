// A statement draft from a passage the writer selected in a source: the verbatim quote (with the shortest `prefix`
// that makes it unique when it occurs more than once), the actors the quote names, and a date guessed from its words,
// as YAML to append to a statements file. `type` and `summary` are left empty on purpose: the draft shows as a problem
// until the writer says what the passage reports, so no unchecked guess enters the data.
import * as l10n from '@vscode/l10n';
import { locateQuote } from '../loader/locateQuote';
import type { NameMatch } from '../matcher';

export interface DraftRequest {
  sourceId: string;
  sourceText: string;
  /** The selection, UTF-16 offsets in the source text. */
  start: number;
  end: number;
  /** Names found in a text (the name matcher's findAll). */
  findNames(text: string): readonly NameMatch[];
  /** Ids already taken: the draft's id is not one of them. */
  isTaken(id: string): boolean;
}

export interface StatementDraft {
  id: string;
  /** The record, starting with `  - id:`, ending with a line break. */
  yaml: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function statementDraft(request: DraftRequest): StatementDraft | { error: string } {
  // Whitespace around a selection is not part of the quote; the quote stays a verbatim slice of the source.
  let start = Math.max(0, Math.min(request.start, request.sourceText.length));
  let end = Math.max(start, Math.min(request.end, request.sourceText.length));
  while (start < end && /\s/.test(request.sourceText[start])) {
    start++;
  }
  while (end > start && /\s/.test(request.sourceText[end - 1])) {
    end--;
  }
  if (end <= start) {
    return { error: l10n.t('Select the passage the fact rests on first.') };
  }
  const quote = request.sourceText.slice(start, end);
  const prefix = uniquePrefix(request.sourceText, start, quote);
  const actors = [...new Set(request.findNames(quote).filter(m => !m.ambiguous && m.entityIds.length === 1).map(m => m.entityIds[0]))];
  const date = guessDate(quote);
  const id = freshId(`${request.sourceId}-fact`, request.isTaken);
  const lines = [
    `  - id: ${id}`,
    '    type: ',
    '    summary: ',
    `    actors: [${actors.join(', ')}]`,
    ...(date ? [`    date: { edtf: ${JSON.stringify(date.edtf)}, text: ${JSON.stringify(date.text)} }`] : []), // not user text: YAML
    '    evidence:',
    `      - source: ${request.sourceId}`,
    `        quote: ${JSON.stringify(quote)}`,
    ...(prefix ? [`        prefix: ${JSON.stringify(prefix)}`] : []),
  ];
  return { id, yaml: lines.join('\n') + '\n' };
}

/** The shortest text right before the quote that makes it unique, or undefined when it already is. */
function uniquePrefix(text: string, start: number, quote: string): string | undefined {
  if (!('code' in locateQuote(text, quote))) {
    return undefined;
  }
  for (let length = 1; length <= start; length++) {
    const prefix = text.slice(start - length, start);
    // A prefix that starts or ends inside whitespace reads oddly; grow it to a word.
    if (/^\S/.test(prefix) && !('code' in locateQuote(text, quote, prefix))) {
      return prefix;
    }
  }
  return text.slice(0, start) || undefined;
}

/** A date the quote words: "28 December 1964", "December 1964", "1964", "the 1960s"; the words kept as its text. */
export function guessDate(quote: string): { edtf: string; text: string } | undefined {
  const month = `(${MONTHS.join('|')})`;
  const day = new RegExp(`\\b(\\d{1,2}) ${month},? (\\d{4})\\b|\\b${month} (\\d{1,2}),? (\\d{4})\\b`, 'i').exec(quote);
  if (day) {
    const [d, m, y] = day[1] ? [day[1], day[2], day[3]] : [day[5], day[4], day[6]];
    return { edtf: `${y}-${pad(MONTHS.indexOf(m.toLowerCase()) + 1)}-${pad(Number(d))}`, text: day[0] };
  }
  const monthYear = new RegExp(`\\b${month} (\\d{4})\\b`, 'i').exec(quote);
  if (monthYear) {
    return { edtf: `${monthYear[2]}-${pad(MONTHS.indexOf(monthYear[1].toLowerCase()) + 1)}`, text: monthYear[0] };
  }
  const decade = /\b(?:the )?(1[89]\d|20\d)0s\b/.exec(quote);
  if (decade) {
    return { edtf: `${decade[1]}X`, text: decade[0] };
  }
  const year = /\b(?:in )?(1[89]\d\d|20\d\d)\b/.exec(quote);
  return year ? { edtf: year[1], text: year[0] } : undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function freshId(base: string, isTaken: (id: string) => boolean): string {
  for (let n = 1; ; n++) {
    if (!isTaken(`${base}-${n}`)) {
      return `${base}-${n}`;
    }
  }
}
