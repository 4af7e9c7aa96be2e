// The statements a draft's claims can be judged against, each with what a sentence must name to be about it.
import type { Entity, Statement } from '../model';
import { SUBJECT_COUNTRY_ID } from '../model';
import type { FactBase } from '../factBase';
import { CLAIM_CUES, type ClaimCue } from './claimCues';
import { countedWords, countInterval, isMeasure } from './countPhrases';
import { factInterval, type Interval, startInterval } from './interval';

export interface CheckableFact {
  statement: Statement;
  cue: ClaimCue;
  /** When the event happened (for `sinceOnly` cues: when it began); undefined for an undated count. */
  interval?: Interval;
  /** How many, for a statement with a quantity: the values its words allow, and the words for what is counted. */
  count?: { interval: Interval; units: readonly string[] };
  /** Which place, for a quantity that is a rank ("rank among Ghana's trade partners"): it, and the words for what is ranked. */
  rank?: { interval: Interval; units: readonly string[] };
  /** Words one of which the sentence must hold (a treaty's kind, a resolution's number); none: no such need. */
  namedBy: readonly string[];
}

/** Words of a summary that say nothing about which treaty it is. */
const GENERIC_WORDS = new Set(['and', 'the', 'their', 'its', 'his', 'her', 'for', 'with', 'from', 'sign', 'signs', 'signed', 'nullify',
  'nullifies', 'first', 'earlier', 'treaty', 'agreement', 'years', 'year', 'between', 'on', 'an', 'is', 'are', 'of']);

/** The facts of one type, looked up by what a sentence names: a sentence is about few of the thousands there may be. */
export class FactsOfType {
  /** Indexes into `all` by an entity a sentence must name to be about the fact (see anchorsOf). */
  private readonly byAnchor = new Map<string, number[]>();
  /** Facts any sentence may be about (their actors are all places). */
  private readonly unanchored: number[] = [];

  constructor(readonly all: readonly CheckableFact[], entity: (id: string) => Entity | undefined) {
    all.forEach((fact, i) => {
      const anchors = anchorsOf(fact.statement, entity);
      if (!anchors.length) {
        this.unanchored.push(i);
      }
      for (const id of anchors) {
        const list = this.byAnchor.get(id) ?? [];
        list.push(i);
        this.byAnchor.set(id, list);
      }
    });
  }

  get cue(): ClaimCue {
    return this.all[0].cue;
  }

  /** The facts a sentence naming `named` may be about, in their order; namesActorsOf decides. */
  candidates(named: ReadonlySet<string>): CheckableFact[] {
    const found = new Set(this.unanchored);
    for (const id of named) {
      for (const i of this.byAnchor.get(id) ?? []) {
        found.add(i);
      }
    }
    return [...found].sort((a, b) => a - b).map(i => this.all[i]);
  }
}

/** Dated or counted, asserted statements of a type the checker has words for, grouped by type. */
export function checkableFacts(factBase: FactBase): Map<Statement['type'], FactsOfType> {
  const byType = new Map<Statement['type'], CheckableFact[]>();
  for (const statement of factBase.statements) {
    const cue = CLAIM_CUES[statement.type];
    // Expected and denied things did not happen.
    if (!cue || statement.status === 'expected' || statement.status === 'denied') {
      continue;
    }
    // A date the source only gives the claim as true at (asOf) is no event date. North Korea alone takes part in
    // nearly everything: a sentence naming only it is about no dated fact in particular (a count names its units).
    const onlyNorthKorea = statement.actors.every(id => id === SUBJECT_COUNTRY_ID);
    const interval = statement.date && !onlyNorthKorea ? (cue.sinceOnly ? sinceInterval(statement) : factInterval(statement.date)) : undefined;
    const ranked = /^rank\s+(?:among|of)\s+(.*)$/iu.exec(statement.quantity?.unit ?? '');
    const units = countedWords(ranked ? ranked[1] : statement.quantity?.unit ?? '').filter(w => w.length >= 4 && !GENERIC_UNIT_WORDS.has(w));
    const value = statement.quantity && { interval: countInterval(statement.quantity.value, statement.quantity.qualifier), units };
    // Square kilometres, percentages, years: measures and spans, not counts of things a sentence names.
    const count = value && !ranked && !units.some(isMeasure) ? value : undefined;
    const rank = value && ranked ? value : undefined;
    if (!interval && !count?.units.length && !rank?.units.length) {
      continue;
    }
    const list = byType.get(statement.type) ?? [];
    list.push({ statement, cue, interval, count, rank, namedBy: namingWords(statement, cue) });
    byType.set(statement.type, list);
  }
  const entity = (id: string) => factBase.entity(id);
  return new Map([...byType].map(([type, facts]) => [type, new FactsOfType(facts, entity)]));
}

/** Words of a quantity's unit that do not say what is counted ("North Korean diplomats" counts diplomats). */
const GENERIC_UNIT_WORDS = new Set(['north', 'south', 'korean', 'korea', 'diplomatic']);

/** For a position held "since January 2001" (EDTF 2001-01/..): when it began, widened as the fact's date would be. */
function sinceInterval(statement: Statement): Interval | undefined {
  const date = statement.date!;
  if (!date.edtf.includes('/')) {
    return undefined;
  }
  return startInterval(date.edtf);
}

function namingWords(statement: Statement, cue: ClaimCue): string[] {
  if (cue.named === 'resolution-number') {
    return [...statement.summary.matchAll(/\bresolution\s+(\d+)/giu)].map(m => m[1]);
  }
  if (cue.named === 'summary-words') {
    // Lower-case words only: the capitalised ones are the actors' names, which the sentence names anyway.
    return [...statement.summary.matchAll(/(?<![\p{L}-])\p{Ll}[\p{Ll}-]{2,}/gu)].map(m => m[0]).filter(w => !GENERIC_WORDS.has(w));
  }
  return [];
}

/**
 * Whether a sentence naming `named` (entity ids, with the countries and parents of what it names) is about the
 * statement's actors. People and organizations must be named; places (where it happened) need not be. Of the countries, all must be, unless a person takes
 * part (then one suffices: "Kim Dae-jung visited Mongolia" is about South Korea's president), or the sentence names
 * a mission or place the statement mentions (the North Korean embassy in Ulan Bator stands for both countries).
 */
export function namesActorsOf(statement: Statement, named: ReadonlySet<string>, entity: (id: string) => Entity | undefined): boolean {
  // A place among the actors (the cities a closure is "including") is where it happened, like its country: a
  // sentence need not name every one of them.
  const kinds = statement.actors.map(id => ({ id, kind: entity(id)?.kind })).filter(a => a.kind !== 'place');
  if (!kinds.filter(a => a.kind !== 'country').every(a => named.has(a.id))) {
    return false;
  }
  const countries = kinds.filter(a => a.kind === 'country').map(a => a.id);
  if (countries.length === 0 || countries.every(id => named.has(id))) {
    return statement.actors.length > 1 || statement.mentions.length === 0 || statement.mentions.some(id => named.has(id)) || statement.type === 'vote';
  }
  const standsIn = statement.mentions.some(id => named.has(id) && standsInFor(entity(id)));
  const personTakesPart = kinds.some(a => a.kind === 'person');
  return standsIn || (personTakesPart && countries.some(id => named.has(id)));
}

/** A mission or place the statement mentions stands in for its countries. */
function standsInFor(mentioned: Entity | undefined): boolean {
  return mentioned?.kind === 'organization' || mentioned?.kind === 'place';
}

/**
 * Entities one of which a sentence must name for namesActorsOf to hold; none when any sentence may do (every actor
 * a place). An actor other than a country or place must be named; else every country (one not North Korea is
 * taken: fewer facts share it), or a mention standing in for them.
 */
function anchorsOf(statement: Statement, entity: (id: string) => Entity | undefined): string[] {
  const kinds = statement.actors.map(id => ({ id, kind: entity(id)?.kind })).filter(a => a.kind !== 'place');
  const required = kinds.find(a => a.kind !== 'country');
  if (required) {
    return [required.id];
  }
  if (!kinds.length) {
    return [];
  }
  const country = kinds.find(a => a.id !== SUBJECT_COUNTRY_ID) ?? kinds[0];
  return [country.id, ...statement.mentions.filter(id => standsInFor(entity(id)))];
}
