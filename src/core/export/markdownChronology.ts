// The Markdown chronology: per country, date-ordered lines with the date in the source's words, the summary, and a
// footnote citing the verbatim quotes (GitHub, pandoc and most editors render `[^id]` footnotes).
import * as l10n from '@vscode/l10n';
import { escapeMarkdown, sourceLine } from '../citation';
import type { FactBase } from '../factBase';
import type { Statement } from '../model';
import { byCountry, countryGroupName } from '../countryGroups';
import type { ExportScope } from './scope';

/**
 * ```
 * ## Ghana
 *
 * - 28 December 1964 — Ghana and North Korea establish diplomatic relations.[^ghana-relations-established]
 *
 * [^ghana-relations-established]: “Ghana and North Korea established …” — *Ghana–North Korea relations*, Wikipedia
 * ```
 */
export function markdownChronology(fb: FactBase, title: string, scope: ExportScope, statements: readonly Statement[]): string {
  const blocks = [`# ${escapeMarkdown(title)}`];
  // A country's chronology is that country's alone, though some of its statements also stand under another.
  const groups = byCountry(fb, statements).filter(g => scope.kind !== 'country' || g.countryId === scope.countryId);
  for (const group of groups) {
    blocks.push(`## ${escapeMarkdown(countryGroupName(fb, group.countryId))}`, group.statements.map(chronologyLine).join('\n'));
  }
  if (statements.length === 0) {
    blocks.push(l10n.t('No statements.'));
  } else {
    blocks.push(statements.map(st => footnote(fb, st)).join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

function chronologyLine(st: Statement): string {
  const when = st.date?.text ?? st.asOf?.text ?? 'Undated';
  const status = st.status === 'occurred' ? '' : ` (${st.status})`;
  return `- ${escapeMarkdown(when)} — ${escapeMarkdown(st.summary)}${status}.[^${st.id}]`;
}

/** One footnote per statement: each quote in curly quotes, then the source it is from. */
function footnote(fb: FactBase, st: Statement): string {
  const citations = st.evidence.map(ev => `“${escapeMarkdown(ev.quote)}” — ${sourceLine(fb, ev.source)}`);
  // A footnote's further paragraphs belong to it when indented.
  return `[^${st.id}]: ${citations.join('\n\n')}`.replace(/\n(?=.)/g, '\n    ');
}
