// Finds the sentences of a draft that make a claim the fact base contradicts: they name a statement's actors, use
// words that mean its type, and give a date that cannot be the statement's. A claim the fact base agrees with, or
// says nothing about, gets nothing: a false alarm is worse than a miss.
import { splitSentences } from '../cleaner/sentences';
import type { TextRange } from '../cleaner/types';
import type { FactBase } from '../factBase';
import type { NameMatcher } from '../matcher';
import type { LocatedEvidence, Statement, StatementType } from '../model';
import { type CheckableFact, checkableFacts, namesActorsOf } from './checkableFacts';
import { datePhrases, type DatePhrase } from './datePhrases';
import { distance, edtfInterval, factInterval, type Interval, overlaps } from './interval';

export interface ClaimFinding extends TextRange {
  /** Warning: a once-only event at another date. Information: a recurring one the fact base records at another date. */
  severity: 'warning' | 'information';
  statement: Statement;
  /** The quote that gives the fact's date (its first, when none words it). */
  evidence: LocatedEvidence;
  /** The fact's date as the source words it, without a leading "in" or "on": "28 December 1964". */
  factDate: string;
  /** For an Information note, what it calls the event: "a visit". */
  noun?: string;
  /** The sentence holding the claim. */
  sentence: TextRange;
}

interface CueHit extends TextRange {
  type: StatementType;
}

export class ClaimChecker {
  private readonly facts: Map<StatementType, CheckableFact[]>;

  constructor(
    private readonly factBase: FactBase,
    private readonly names: () => NameMatcher,
  ) {
    this.facts = checkableFacts(factBase);
  }

  /** Findings in `text[from, to)`, sentence by sentence; offsets are in `text`. */
  check(text: string, from = 0, to = text.length): ClaimFinding[] {
    return splitSentences(text.slice(from, to), from).flatMap(sentence => this.checkSentence(text, sentence));
  }

  private checkSentence(text: string, sentence: TextRange): ClaimFinding[] {
    const dates = datePhrases(text, sentence.start, sentence.end);
    const cues = dates.length ? this.cueHits(text, sentence) : [];
    if (!cues.length) {
      return [];
    }
    const named = this.namedEntities(text, sentence);
    const candidates = new Map<StatementType, CheckableFact[]>();
    for (const type of new Set(cues.map(c => c.type))) {
      const about = this.facts.get(type)!.filter(f => this.isAbout(f, text, sentence, named));
      if (about.length) {
        candidates.set(type, about);
      }
    }
    // A word that names the treaty ("an aid agreement") makes no claim of its own kind (aid).
    const naming = [...candidates.values()].flat().flatMap(f => wordSpans(text, sentence, f.namedBy));
    const claims = cues.filter(c => !naming.some(n => n.start <= c.start && c.end <= n.end));
    for (const type of candidates.keys()) {
      if (!claims.some(c => c.type === type)) {
        candidates.delete(type);
      }
    }
    const findings: ClaimFinding[] = [];
    for (const date of dates) {
      const finding = this.judge(date, claims, candidates, sentence);
      if (finding) {
        findings.push(finding);
      }
    }
    return findings;
  }

  /**
   * Judges a date by the claim word nearest to it, if the sentence is about facts of that word's kind ("post-1982
   * improvement …, in 1986 … signed": 1982 belongs to the improvement). Nothing when any fact the sentence may be
   * about agrees with the date, whichever claim word it belongs to ("a tour … to sign trade deals … in 1961").
   */
  private judge(date: DatePhrase, cues: CueHit[], candidates: Map<StatementType, CheckableFact[]>, sentence: TextRange): ClaimFinding | undefined {
    const claimed = edtfInterval(date.edtf);
    const applies = (f: CheckableFact) => !f.cue.sinceOnly || date.since;
    if (!claimed || !cues.length || [...candidates.values()].flat().some(f => applies(f) && this.agrees(f, claimed))) {
      return undefined;
    }
    const gap = (c: CueHit) => Math.max(0, c.start - date.end, date.start - c.end);
    const nearest = Math.min(...cues.map(gap));
    const types = [...new Set(cues.filter(c => gap(c) === nearest).map(c => c.type))];
    const judged = types.flatMap(type => candidates.get(type) ?? []).filter(applies);
    if (!judged.length) {
      return undefined;
    }
    const closest = judged.reduce((a, b) => (distance(b.interval, claimed) < distance(a.interval, claimed) ? b : a));
    const once = judged.find(f => f.cue.once);
    const cited = once ?? closest;
    return {
      start: date.start,
      end: date.end,
      severity: once ? 'warning' : 'information',
      statement: cited.statement,
      evidence: datedEvidence(cited.statement),
      factDate: dateWords(cited.statement),
      noun: cited.cue.once ? undefined : cited.cue.noun,
      sentence,
    };
  }

  /** The fact's date, or that of a statement it conflicts with: the data keeps both sides, so either agrees. */
  private agrees(fact: CheckableFact, claimed: Interval): boolean {
    if (overlaps(fact.interval, claimed)) {
      return true;
    }
    return fact.statement.conflictsWith.some(id => {
      const other = this.factBase.statement(id)?.date;
      return other !== undefined && overlaps(factInterval(other), claimed);
    });
  }

  private isAbout(fact: CheckableFact, text: string, sentence: TextRange, named: ReadonlySet<string>): boolean {
    if (fact.namedBy.length && !wordSpans(text, sentence, fact.namedBy).length) {
      return false;
    }
    return namesActorsOf(fact.statement, named, id => this.factBase.entity(id));
  }

  private cueHits(text: string, sentence: TextRange): CueHit[] {
    const words = text.slice(sentence.start, sentence.end);
    const hits: CueHit[] = [];
    for (const [type, facts] of this.facts) {
      const { word, context } = facts[0].cue;
      if (context && !context.test(words)) {
        continue;
      }
      for (const m of words.matchAll(new RegExp(word.source, 'giu'))) {
        hits.push({ type, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
      }
    }
    return hits;
  }

  /** Entities the sentence names (unambiguously), with the countries and parents of what it names. */
  private namedEntities(text: string, sentence: TextRange): Set<string> {
    const named = new Set<string>();
    for (const match of this.names().findAll(text, sentence.start, sentence.end)) {
      if (match.ambiguous || match.entityIds.length !== 1) {
        continue;
      }
      const entity = this.factBase.entity(match.entityIds[0]);
      for (const id of [entity?.id, entity?.country, entity?.parent]) {
        if (id) {
          named.add(id);
        }
      }
    }
    return named;
  }
}

/** The quote that words the fact's date, else its first: the one a finding and its citation quote. */
export function datedEvidence(statement: Statement): LocatedEvidence {
  const words = dateWords(statement);
  return statement.evidence.find(e => e.quote.includes(words)) ?? statement.evidence[0];
}

/** "In 1973" → "1973", "on October 15, 1948" → "October 15, 1948", "since January 2001" → "January 2001". */
export function dateWords(statement: Statement): string {
  return (statement.date?.text ?? '').replace(/^(?:in|on|at|since)\s+/iu, '');
}

/** Where the sentence holds any of `words`, as whole words, in any case. */
function wordSpans(text: string, sentence: TextRange, words: readonly string[]): TextRange[] {
  if (!words.length) {
    return [];
  }
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const slice = text.slice(sentence.start, sentence.end);
  return [...slice.matchAll(pattern)].map(m => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
