// Sentence-by-sentence coverage of the articles (issue 14): which statements and entities cite each sentence of each
// cleaned article, and, for a sentence nothing cites, the reason data/coverage-notes.yaml gives (a title, a heading,
// a garbled line, context without a claim). Build-time only: `npm run check-data -- --coverage` and the unit tests.
import { parse } from 'yaml';
import { type BlockKind, type TextRange, cleanArticle } from '../cleaner';
import type { CompiledFactBase, LocatedEvidence } from '../model';

/** Why a sentence is cited by nothing, as data/coverage-notes.yaml records it. */
export interface CoverageNote {
  source: string;
  /** The sentence exactly as the cleaner gives it. */
  sentence: string;
  reason: string;
}

export interface SentenceCoverage {
  source: string;
  kind: BlockKind;
  text: string;
  /** Ids of the statements, then of the entities, whose quotes overlap the sentence. */
  citedBy: string[];
  /** The note's reason, when nothing cites the sentence and a note names it. */
  reason?: string;
}

export interface CoverageReport {
  sentences: SentenceCoverage[];
  /** Notes naming no uncited sentence of their source: stale after a change to the data or the cleaner. */
  unusedNotes: CoverageNote[];
}

/** The notes of data/coverage-notes.yaml (`notes:` list of {source, sentence, reason}). */
export function parseCoverageNotes(text: string): CoverageNote[] {
  const notes = (parse(text) as { notes?: CoverageNote[] } | null)?.notes ?? [];
  return notes.map(n => ({ source: String(n.source), sentence: String(n.sentence), reason: String(n.reason) }));
}

export function sentenceCoverage(fb: CompiledFactBase, notes: readonly CoverageNote[]): CoverageReport {
  const used = new Set<CoverageNote>();
  const sentences: SentenceCoverage[] = [];
  for (const source of fb.sources) {
    const article = cleanArticle(source.text, source.cleaning);
    const citing = (evidence: readonly LocatedEvidence[]) => evidence
      .filter(e => e.source === source.id)
      .map(e => article.rawRangeToClean(e.start, e.end))
      .filter((r): r is TextRange => r !== undefined);
    const citers = [...fb.statements, ...fb.entities].map(x => ({ id: x.id, ranges: citing(x.evidence) }));
    for (const block of article.blocks) {
      for (const s of block.sentences) {
        const text = article.text.slice(s.start, s.end);
        const citedBy = citers.filter(c => c.ranges.some(r => r.start < s.end && s.start < r.end)).map(c => c.id);
        const note = citedBy.length === 0 ? notes.find(n => n.source === source.id && n.sentence === text) : undefined;
        if (note) {
          used.add(note);
        }
        sentences.push({ source: source.id, kind: block.kind, text, citedBy, ...(note ? { reason: note.reason } : {}) });
      }
    }
  }
  return { sentences, unusedNotes: notes.filter(n => !used.has(n)) };
}

/** The report as `npm run check-data -- --coverage` prints it: each sentence, then what cites it or why nothing does. */
export function formatCoverage(report: CoverageReport): string {
  const lines: string[] = [];
  let source = '';
  for (const s of report.sentences) {
    if (s.source !== source) {
      source = s.source;
      lines.push('', `== ${source}`);
    }
    lines.push(`[${s.kind}] ${s.text}`);
    lines.push(s.citedBy.length > 0 ? `    → ${s.citedBy.join(', ')}` : `    → none: ${s.reason ?? 'NOT CITED AND NOT EXPLAINED (add a statement, or a note to data/coverage-notes.yaml)'}`);
  }
  const open = report.sentences.filter(s => s.citedBy.length === 0 && !s.reason).length;
  const explained = report.sentences.filter(s => s.citedBy.length === 0 && s.reason).length;
  lines.push('', `${report.sentences.length} sentences: ${report.sentences.length - open - explained} cited, ${explained} explained in data/coverage-notes.yaml, ${open} neither.`);
  for (const n of report.unusedNotes) {
    lines.push(`Unused note in data/coverage-notes.yaml (${n.source}): no sentence reads "${n.sentence}".`);
  }
  return lines.join('\n');
}
