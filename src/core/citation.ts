// A statement as Markdown a writer can paste: the fact, its verbatim quotes, and the sources they come from.
// The text is escaped so the quotes render exactly as the source words them.
import * as l10n from '@vscode/l10n';
import type { FactBase } from './factBase';
import { formatEdtf, publishedLabel, statementDateLabel } from './format';
import type { Statement } from './model';

/**
 * ```
 * North Korea's embassy in Ghana is closed down (1998).
 *
 * > There was a North Korean embassy in Ghana until it was closed down in 1998.
 *
 * — *Ghana–North Korea relations*, Wikipedia, date unknown. <https://en.wikipedia.org/wiki/…> (derived …)
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

/**
 * What is known of the source, in citation order: title, publisher, publication date (or plainly "date unknown"),
 * revision, when it was retrieved, and where to read it — a URL the source does not give itself marked as derived.
 * `mark` writes a piece of text (Markdown escaping, or none for plain text) and `title` the title.
 */
function describeSource(fb: FactBase, sourceId: string, mark: (text: string) => string, title: (text: string) => string): string {
  const source = fb.source(sourceId);
  if (!source) {
    return mark(sourceId);
  }
  const parts = [
    title(source.title),
    ...(source.publisher && source.publisher !== 'unknown' ? [mark(source.publisher)] : []),
    publishedLabel(source),
    ...(source.revision ? [l10n.t('revision {0}', mark(source.revision))] : []),
    ...(source.accessed ? [l10n.t('accessed {0}', mark(formatEdtf(source.accessed.edtf)))] : []),
  ];
  // The schema allows only http(s) URLs without spaces, angle brackets or parentheses: safe inside <…>.
  const url = source.url ? ` <${source.url.href}>${source.url.derived ? ` (${l10n.t('derived by the fact base: the source gives no URL')})` : ''}` : '';
  return `${parts.join(', ')}.${url}`;
}

/** The source as Markdown (the copied citation, the Markdown export, footnotes), ending its own sentence. */
export function sourceLine(fb: FactBase, sourceId: string): string {
  return describeSource(fb, sourceId, escapeMarkdown, text => `*${escapeMarkdown(text)}*`);
}

/** The same in plain text, for an inline citation in a plain-text draft. */
export function plainSourceLine(fb: FactBase, sourceId: string): string {
  return describeSource(fb, sourceId, text => text, text => text);
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
