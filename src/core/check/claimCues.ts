// Words that mean a statement's type, and whether events of that type happen once for the same actors.
import type { StatementType } from '../model';

interface CueWords {
  /** The word that makes the claim; a date belongs to the claim word nearest to it. */
  word: RegExp;
  /** Other words the sentence must hold for the cue to count ("relations" for "established"). */
  context?: RegExp;
  /** Only a claim about when it began ("since 2005") can contradict the fact's date (positions held). */
  sinceOnly?: boolean;
  /** The sentence must name the very thing (a treaty's kind, a resolution's number), read off the statement's summary. */
  named?: 'summary-words' | 'resolution-number';
}

/**
 * Once-only events (relations established, a mission closed, admission to a body, a named treaty signed…) happen
 * once for the same actors, so a date that cannot be the fact base's is a Warning. Recurring ones (visits, aid,
 * trade…) may have happened again: at most an Information note, which calls the event by its `noun` ("the fact
 * base records a visit in 1988").
 */
export type ClaimCue = CueWords & ({ once: true } | { once: false; noun: string });

const RELATIONS = /\b(?:relations|ties)\b/iu;
const MISSION = /\b(?:embass(?:y|ies)|missions?|consulates?)\b/iu;
const TREATY = /\b(?:treat(?:y|ies)|agreements?|pacts?|accords?)\b/iu;

export const CLAIM_CUES: Partial<Record<StatementType, ClaimCue>> = {
  'relations-established': { word: /\b(?:establish\w*|set up)\b/iu, context: RELATIONS, once: true },
  'mission-opened': { word: /\bopen(?:ed|s|ing)?\b/iu, context: MISSION, once: true },
  'mission-closed': { word: /\b(?:clos(?:e|ed|es|ing|ure)|shut(?:s|ting)?)\b/iu, context: MISSION, once: true },
  recognition: { word: /\brecogni[sz](?:e|ed|es|ing|tion)\b/iu, once: true },
  membership: { word: /\b(?:admitted|admission|joined|granted|gained|became\s+a\s+member)\b/iu, once: true },
  'agreement-signed': { word: /\b(?:sign(?:ed|s|ing)?|conclud\w+)\b/iu, context: TREATY, once: true, named: 'summary-words' },
  'agreement-nullified': { word: /\b(?:nullif\w+|annul\w*|abrogat\w+|scrap\w*|renounc\w+|revok\w+)\b/iu, context: TREATY, once: true, named: 'summary-words' },
  vote: { word: /\bvot(?:e|ed|es|ing)\b/iu, once: true, named: 'resolution-number' },
  'position-held': { word: /\b(?:ambassador|minister|chairman|president|envoy)\b/iu, once: true, sinceOnly: true },
  visit: { word: /\b(?:visit\w*|tour\w*|trips?)\b/iu, once: false, noun: 'a visit' },
  aid: { word: /\b(?:aid|assist\w*|project|orphans)\b/iu, once: false, noun: 'aid' },
  trade: { word: /\b(?:trade|trading|economic\s+ties)\b/iu, once: false, noun: 'trade' },
  'relations-suspended': { word: /\b(?:terminat\w+|broke|break\w*|sever\w*|suspend\w*|cut)\b/iu, context: RELATIONS, once: false, noun: 'a break in relations' },
  'relations-improved': { word: /\b(?:improv\w+|restor\w+|resum\w+)\b/iu, context: RELATIONS, once: false, noun: 'improved relations' },
  'relations-strained': { word: /\b(?:strain\w*|friction|hinder\w*|tensions?)\b/iu, once: false, noun: 'strained relations' },
  support: { word: /\b(?:support\w*|campaign\w*|backed|rallied)\b/iu, once: false, noun: 'support' },
  accusation: { word: /\baccus\w+\b/iu, once: false, noun: 'an accusation' },
  'public-statement': { word: /\bslogan\b/iu, once: false, noun: 'a statement' },
  refugees: { word: /\brefugees?\b/iu, once: false, noun: 'refugees' },
};
