// A statement as Markdown a writer can paste: the fact, its verbatim quotes, and the sources they come from.
// The text is escaped so the quotes render exactly as the source words them.
import type { FactBase } from './factBase';
import { statementDateLabel } from './format';
import type { Statement } from './model';

/**
 * ```
 * North Korea's embassy in Ghana is closed down (1998).
 *
 * > There was a North Korean embassy in Ghana until it was closed down in 1998.
 *
 * — *Ghana–North Korea relations*, Wikipedia
 * ```
 */
export function citationMarkdown(fb: FactBase, st: Statement): string {
  const date = st.date || st.asOf ? ` (${statementDateLabel(st)})` : '';
  const blocks = [`${escapeMarkdown(st.summary)}${date}.`];
  for (const sourceId of new Set(st.evidence.map(ev => ev.source))) {
    for (const ev of st.evidence.filter(e => e.source === sourceId)) {
      blocks.push(blockquote(ev.quote));
    }
    blocks.push(`— ${sourceLine(fb, sourceId)}`);
  }
  return blocks.join('\n\n');
}

/** What a citation names of a source, shared by the copied citation and every export: its title and known publisher. */
export interface SourceCitation {
  title: string;
  publisher?: string;
}

/** A source's citation fields; an id the fact base does not know is cited by the id itself. */
export function sourceCitation(fb: FactBase, sourceId: string): SourceCitation {
  const source = fb.source(sourceId);
  if (!source) {
    return { title: sourceId };
  }
  return source.publisher && source.publisher !== 'unknown' ? { title: source.title, publisher: source.publisher } : { title: source.title };
}

/** `*Title*, Publisher`, escaped: how the copied citation and the Markdown export name a source. */
export function sourceLine(fb: FactBase, sourceId: string): string {
  const { title, publisher } = sourceCitation(fb, sourceId);
  return `*${escapeMarkdown(title)}*${publisher ? `, ${escapeMarkdown(publisher)}` : ''}`;
}

function blockquote(quote: string): string {
  return escapeMarkdown(quote).split('\n').map(line => (line ? `> ${line}` : '>')).join('\n');
}

/** Backslash-escapes what Markdown would read as markup, so the text renders as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~]/g, '\\$&')
    .replace(/^(\s*)([#+-]|\d+\.)/gm, (_, indent: string, marker: string) => `${indent}${marker.replace(/[#+\-.]/, '\\$&')}`);
}
