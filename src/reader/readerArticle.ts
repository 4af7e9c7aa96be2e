// Turns a source of the fact base into what the reader webview shows: the cleaned text and its blocks, the
// passages that are evidence for statements, and the names that link to one entity. vscode-free.
import { cleanArticle, type CleanArticle } from '../core/cleaner';
import type { SourceWithText } from '../core/factBase';
import { publishedLabel, sourceKindLabel, statementDateLabel } from '../core/format';
import { leadEvidence } from '../core/leadEvidence';
import type { LocatedEvidence, Statement } from '../core/model';
import type { Highlights, NameLink, OpenedFact, Passage, ReaderArticle, TextRange } from '../shared/protocol';

/** The part of core/matcher's NameMatcher the reader needs. */
export interface NameFinder {
  findAll(text: string): { start: number; end: number; entityIds: readonly string[]; ambiguous: boolean }[];
}

export interface ArticleContext {
  /** Statements citing the source. */
  statements: readonly Statement[];
  names: NameFinder;
  entityName(id: string): string | undefined;
}

export interface PreparedArticle {
  view: ReaderArticle;
  clean: CleanArticle;
}

export function prepareArticle(source: SourceWithText, context: ArticleContext): PreparedArticle {
  const clean = cleanArticle(source.text, source.cleaning);
  const view: ReaderArticle = {
    sourceId: source.id,
    title: source.title,
    about: aboutSource(source),
    text: clean.text,
    blocks: clean.blocks.map(({ kind, start, end }) => ({ kind, start, end })),
    passages: passagesOf(source.id, clean, context.statements),
    names: namesIn(clean.text, context),
  };
  return { view, clean };
}

/**
 * What the reader shows for a statement: its quotes from the lead quote's source highlighted, in text order, with
 * the lead quote current (quotes that did not survive cleaning are left out), and the fact for the reader's bar.
 */
export function statementHighlights(statement: Statement, clean: CleanArticle, sourceTitle: (id: string) => string): Highlights {
  const lead = leadEvidence(statement);
  const here = statement.evidence.filter(e => e.source === lead.source)
    .map(e => ({ e, range: clean.rawRangeToClean(e.start, e.end) }))
    .filter((x): x is { e: LocatedEvidence; range: TextRange } => x.range !== undefined)
    .sort((a, b) => a.range.start - b.range.start);
  const elsewhere = statement.evidence.filter(e => !here.some(x => x.e === e));
  const fact: OpenedFact = {
    id: statement.id,
    summary: statement.summary,
    date: statementDateLabel(statement),
    status: statement.status,
    quotes: [
      ...here.map(({ e }, i) => ({ text: e.quote, sourceTitle: sourceTitle(e.source), highlight: i })),
      ...elsewhere.map(e => ({ text: e.quote, sourceTitle: sourceTitle(e.source), highlight: null })),
    ],
  };
  return { highlights: here.map(x => x.range), current: Math.max(0, here.findIndex(x => x.e === lead)), fact };
}

/** What the source is, in short labels: kind, publisher when known, date or "date unknown". */
export function aboutSource(source: SourceWithText): string[] {
  const publisher = source.publisher && source.publisher !== 'unknown' ? [source.publisher] : [];
  const kind = source.kind ? [sourceKindLabel(source.kind)] : [];
  return [...kind, ...publisher, publishedLabel(source)];
}

/** One passage per distinct quoted range, listing every statement it supports. */
function passagesOf(sourceId: string, clean: CleanArticle, statements: readonly Statement[]): Passage[] {
  const byRange = new Map<string, Passage>();
  for (const st of statements) {
    for (const e of st.evidence.filter(e => e.source === sourceId)) {
      const range = clean.rawRangeToClean(e.start, e.end);
      if (!range) {
        continue;
      }
      const key = `${range.start}:${range.end}`;
      const passage = byRange.get(key) ?? { ...range, facts: [] };
      if (!passage.facts.some(f => f.id === st.id)) {
        passage.facts.push({ id: st.id, summary: st.summary });
      }
      byRange.set(key, passage);
    }
  }
  return [...byRange.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Names that denote exactly one entity; an ambiguous name gets no link rather than a guess. */
function namesIn(text: string, { names, entityName }: ArticleContext): NameLink[] {
  return names.findAll(text).flatMap(({ start, end, entityIds, ambiguous }) => {
    const name = entityIds.length === 1 && !ambiguous ? entityName(entityIds[0]) : undefined;
    return name ? [{ start, end, entityId: entityIds[0], name }] : [];
  });
}
