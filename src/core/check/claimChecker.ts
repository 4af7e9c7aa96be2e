// Finds the sentences of a draft that make a claim the fact base contradicts: they name a statement's actors, use
// words that mean its type, and give a date or a count that cannot be the statement's. A claim the fact base agrees
// with, or says nothing about, gets nothing: a false alarm is worse than a miss.
import { splitSentences } from '../cleaner/sentences';
import type { TextRange } from '../cleaner/types';
import type { FactBase } from '../factBase';
import type { NameMatcher } from '../matcher';
import type { LocatedEvidence, Statement, StatementType } from '../model';
import { type CheckableFact, checkableFacts, type FactsOfType, namesActorsOf } from './checkableFacts';
import { countInterval, type CountPhrase, countPhrases, rankPhrases } from './countPhrases';
import { datePhrases } from './datePhrases';
import { factDateClause } from './findingText';
import { distance, edtfInterval, factInterval, type Interval, overlaps } from './interval';

export interface ClaimFinding extends TextRange {
  /** Warning: a once-only event at another date or count. Information: a recurring one recorded otherwise. */
  severity: 'warning' | 'information';
  /** What the claim gives: a date ("in 1962"), a count ("five embassies") or a rank ("the first country to …"). */
  kind: 'date' | 'count' | 'rank';
  statement: Statement;
  /** The quote that gives the fact's value (its first, when none words it). */
  evidence: LocatedEvidence;
  /** The fact's value as the source words it: "28 December 1964" (without a leading "in" or "on"), "about a dozen". */
  factWords: string;
  /** For an Information note, what the fact base records: "a visit in 1988", "10,000 horses". */
  note?: string;
  /** The sentence holding the claim. */
  sentence: TextRange;
}

interface CueHit extends TextRange {
  type: StatementType;
}

/** A date or count the sentence gives, and how to read a fact's value of the same kind. */
interface Claim extends TextRange {
  interval: Interval;
  kind: ClaimFinding['kind'];
  /** Whether a fact can be judged by this claim, and its value if so. */
  valueOf(fact: CheckableFact): Interval | undefined;
  /** The value of a statement a fact conflicts with. */
  valueOfOther(statement: Statement): Interval | undefined;
}

export class ClaimChecker {
  private readonly facts: Map<StatementType, FactsOfType>;

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
    const claims = [...dateClaims(text, sentence), ...countClaims(text, sentence), ...rankClaims(text, sentence)];
    const cues = claims.length ? this.cueHits(text, sentence) : [];
    if (!cues.length) {
      return [];
    }
    const named = this.namedEntities(text, sentence);
    const candidates = new Map<StatementType, CheckableFact[]>();
    for (const type of new Set(cues.map(c => c.type))) {
      const about = this.facts.get(type)!.candidates(named).filter(f => this.isAbout(f, text, sentence, named));
      if (about.length) {
        candidates.set(type, about);
      }
    }
    // A word that names the treaty ("an aid agreement") makes no claim of its own kind (aid).
    const naming = [...candidates.values()].flat().flatMap(f => wordSpans(text, sentence, f.namedBy));
    const claimWords = cues.filter(c => !naming.some(n => n.start <= c.start && c.end <= n.end));
    for (const type of candidates.keys()) {
      if (!claimWords.some(c => c.type === type)) {
        candidates.delete(type);
      }
    }
    const findings: ClaimFinding[] = [];
    // A date or count is judged only where it is the nearest of its kind to a claim word: in "relations go back to
    // 1948, but the embassy was shut in 1999", "shut" speaks of 1999, not of 1948.
    const gap = (a: TextRange, b: TextRange) => Math.max(0, a.start - b.end, b.start - a.end);
    const nearestToSomeWord = (claim: Claim) => claimWords.some(word =>
      claims.every(other => other.kind !== claim.kind || gap(other, word) >= gap(claim, word)));
    for (const claim of claims.filter(nearestToSomeWord)) {
      const finding = this.judge(claim, claimWords, candidates, sentence);
      if (finding) {
        findings.push(finding);
      }
    }
    return findings;
  }

  /**
   * Judges a date or count by the claim word nearest to it, if the sentence is about facts of that word's kind
   * ("post-1982 improvement …, in 1986 … signed": 1982 belongs to the improvement). Nothing when any fact the sentence
   * may be about agrees with it, whichever claim word it belongs to ("a tour … to sign trade deals … in 1961").
   */
  private judge(claim: Claim, cues: CueHit[], candidates: Map<StatementType, CheckableFact[]>, sentence: TextRange): ClaimFinding | undefined {
    const valued = (facts: CheckableFact[]) => facts.flatMap(fact => {
      const value = claim.valueOf(fact);
      return value ? [{ fact, value }] : [];
    });
    if (!cues.length || valued([...candidates.values()].flat()).some(v => this.agrees(claim, v.fact, v.value))) {
      return undefined;
    }
    const gap = (c: CueHit) => Math.max(0, c.start - claim.end, claim.start - c.end);
    const nearest = Math.min(...cues.map(gap));
    const types = [...new Set(cues.filter(c => gap(c) === nearest).map(c => c.type))];
    const judged = valued(types.flatMap(type => candidates.get(type) ?? []));
    if (!judged.length) {
      return undefined;
    }
    const closest = judged.reduce((a, b) => (distance(b.value, claim.interval) < distance(a.value, claim.interval) ? b : a));
    const once = judged.find(v => v.fact.cue.once);
    const { statement, cue } = (once ?? closest).fact;
    const factWords = claim.kind === 'date' ? dateWords(statement) : statement.quantity!.text;
    return {
      start: claim.start,
      end: claim.end,
      severity: once ? 'warning' : 'information',
      kind: claim.kind,
      statement,
      evidence: evidenceWording(statement, factWords),
      factWords,
      note: cue.once ? undefined : claim.kind === 'date' ? `${cue.noun} ${factDateClause(statement)}` : factWords,
      sentence,
    };
  }

  /** The fact's value, or that of a statement it conflicts with: the data keeps both sides, so either agrees. */
  private agrees(claim: Claim, fact: CheckableFact, value: Interval): boolean {
    if (overlaps(value, claim.interval)) {
      return true;
    }
    return fact.statement.conflictsWith.some(id => {
      const other = this.factBase.statement(id);
      const otherValue = other && claim.valueOfOther(other);
      return otherValue !== undefined && overlaps(otherValue, claim.interval);
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
      const { word, context } = facts.cue;
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
  return evidenceWording(statement, dateWords(statement));
}

/** The quote holding `words`, else the first. */
function evidenceWording(statement: Statement, words: string): LocatedEvidence {
  return statement.evidence.find(e => e.quote.includes(words)) ?? statement.evidence[0];
}

/** The dates of a sentence as claims: judged against dated facts ("since" ones only against when a position began). */
function dateClaims(text: string, sentence: TextRange): Claim[] {
  return datePhrases(text, sentence.start, sentence.end).flatMap(date => {
    const interval = edtfInterval(date.edtf);
    return interval ? [{
      start: date.start, end: date.end, interval, kind: 'date' as const,
      valueOf: (fact: CheckableFact) => (!fact.cue.sinceOnly || date.since ? fact.interval : undefined),
      valueOfOther: (other: Statement) => other.date && factInterval(other.date),
    }] : [];
  });
}

/** The counts of a sentence as claims: judged against facts that count the same things ("embassies"). */
function countClaims(text: string, sentence: TextRange): Claim[] {
  return countPhrases(text, sentence.start, sentence.end).map(count => figureClaim(count, 'count', fact => fact.count));
}

/** The ranks of a sentence as claims: judged against facts that rank the same things ("countries", "trade partners"). */
function rankClaims(text: string, sentence: TextRange): Claim[] {
  return rankPhrases(text, sentence.start, sentence.end).map(rank => figureClaim(rank, 'rank', fact => fact.rank));
}

function figureClaim(phrase: CountPhrase, kind: 'count' | 'rank', figureOf: (fact: CheckableFact) => CheckableFact['count']): Claim {
  const same = (units: readonly string[]) => phrase.after.some(word => units.some(unit => sameWord(word, unit)));
  return {
    start: phrase.start, end: phrase.end, interval: phrase.interval, kind,
    valueOf: (fact: CheckableFact) => {
      const figure = figureOf(fact);
      return figure && same(figure.units) ? figure.interval : undefined;
    },
    valueOfOther: (other: Statement) => other.quantity && countInterval(other.quantity.value, other.quantity.qualifier),
  };
}

/** "embassy" and "embassies", "horse" and "horses", "country" and "countries" are one word here. */
function sameWord(a: string, b: string): boolean {
  const stem = (w: string) => w.replace(/ies$/u, 'y').replace(/s$/u, '');
  return a === b || stem(a) === stem(b);
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
