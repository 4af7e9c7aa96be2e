// The content of a hover card for one entity, built from the fact base; rendering is separate (renderCard.ts).
// A card reads: name and kind, one line of who or what, then its key facts in date order, each with its date, no
// line repeating another.
import { compareDates } from '../dates';
import type { FactBase } from '../factBase';
import { statementDateLabel, statementTypeLabel } from '../format';
import type { EntityKind, Statement, StatementStatus } from '../model';
import { foldText } from '../text';
import { tellingFacts } from './tellingFacts';

export interface EntityCard {
  entityId: string;
  /** As the fact base spells it. */
  name: string;
  kind: EntityKind;
  native: { text: string; language: string }[];
  description: string;
  /** In date order, undated last. */
  facts: CardFact[];
  /** The most telling fact, the one the card's Open Passage and Copy Citation act on. */
  lead?: CardFact;
}

export interface CardFact {
  statementId: string;
  summary: string;
  /** e.g. "28 Dec 1964", "c. 1983", "as of Nov 2006", "undated". */
  date: string;
  /** What kind of event, as the sidebar labels it: "Diplomatic relations established". */
  kind: string;
  status: StatementStatus;
  sourceTitle: string;
}

export function buildEntityCard(factBase: FactBase, entityId: string): EntityCard | undefined {
  const entity = factBase.entity(entityId);
  if (!entity) {
    return undefined;
  }
  const telling = tellingFacts(factBase, entity);
  // A stable sort: facts of the same date keep their telling order.
  const byDate = [...telling].sort((a, b) => compareDates(a.date ?? a.asOf, b.date ?? b.asOf));
  const seen = new Set([foldedLine(entity.description)]);
  const facts = byDate.filter(st => !seen.has(foldedLine(st.summary)) && seen.add(foldedLine(st.summary))).map(st => cardFact(factBase, st));
  return {
    entityId,
    name: entity.name,
    kind: entity.kind,
    native: entity.native.map(n => ({ text: n.text, language: languageName(n.lang) })),
    description: entity.description,
    facts,
    lead: facts.find(f => f.statementId === telling[0]?.id),
  };
}

/** A line's identity for spotting repeats: folded, without punctuation or spacing differences. */
function foldedLine(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function cardFact(factBase: FactBase, st: Statement): CardFact {
  const sourceId = st.evidence[0].source;
  return {
    statementId: st.id,
    summary: st.summary,
    date: statementDateLabel(st),
    kind: statementTypeLabel(st.type),
    status: st.status,
    sourceTitle: factBase.source(sourceId)?.title ?? sourceId,
  };
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "Korean" for `ko`; the tag itself when the runtime does not know it. */
function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag; // not a well-formed BCP 47 tag
  }
}
