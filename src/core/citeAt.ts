// "Insert Citation…" as text edits (vscode-free): a Markdown footnote — `[^n]` at the cursor, with the next free
// number, and its definition at the end of the document — or an inline parenthetical citation. The quote is the
// source's own words; in Markdown it is escaped so that it renders as written.
import { escapeMarkdown, plainSourceLine, sourceLine } from './citation';
import type { FactBase } from './factBase';
import type { LocatedEvidence, Statement } from './model';

export type CitationStyle = 'footnote' | 'inline';

export interface TextInsert {
  offset: number;
  text: string;
}

/**
 * The inserts that cite `evidence` of `statement` at `offset` of `text`. In Markdown, a footnote by default; in
 * plain text, always inline, since plain text has no footnotes.
 */
export function citationInserts(fb: FactBase, statement: Statement, evidence: LocatedEvidence, text: string, offset: number,
  options: { markdown: boolean; style: CitationStyle }): TextInsert[] {
  if (options.markdown && options.style === 'footnote') {
    const n = nextFootnoteNumber(text);
    const definition = `[^${n}]: ${escapeMarkdown(statement.summary)}. “${escapeMarkdown(evidence.quote)}” — ${sourceLine(fb, evidence.source)}`;
    // Its own paragraph after the last line, whatever the document ends with.
    const separator = text.length === 0 ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    return [{ offset, text: `[^${n}]` }, { offset: text.length, text: `${separator}${definition}\n` }];
  }
  const quote = options.markdown ? escapeMarkdown(evidence.quote) : evidence.quote;
  const source = options.markdown ? sourceLine(fb, evidence.source) : plainSourceLine(fb, evidence.source);
  return [{ offset, text: ` (“${quote}”, ${source.replace(/\.$/, '')})` }];
}

/** One more than the highest numbered footnote label in use (`[^3]` or `[^3]:`), or 1. */
export function nextFootnoteNumber(text: string): number {
  let highest = 0;
  for (const m of text.matchAll(/\[\^(\d{1,6})\]/g)) {
    highest = Math.max(highest, Number(m[1]));
  }
  return highest + 1;
}
