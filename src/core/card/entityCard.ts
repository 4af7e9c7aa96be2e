// The content of a hover card for one entity, built from the fact base; rendering is separate (renderCard.ts).
import type { FactBase } from '../factBase';
import { statementDateLabel } from '../format';
import type { EntityKind, Statement, StatementStatus } from '../model';
import { tellingFacts } from './tellingFacts';

export interface EntityCard {
  entityId: string;
  /** As the fact base spells it. */
  name: string;
  kind: EntityKind;
  native: { text: string; language: string }[];
  description: string;
  roles: { title: string; term?: string }[];
  facts: CardFact[];
}

export interface CardFact {
  statementId: string;
  summary: string;
  /** e.g. "28 Dec 1964", "c. 1983", "as of Nov 2006", "undated". */
  date: string;
  status: StatementStatus;
  sourceTitle: string;
}

export function buildEntityCard(factBase: FactBase, entityId: string): EntityCard | undefined {
  const entity = factBase.entity(entityId);
  if (!entity) {
    return undefined;
  }
  const roles = factBase.statementsForEntity(entityId)
    .filter(st => st.type === 'position-held' && st.role?.holder === entityId)
    .map(st => ({ title: st.role!.title, term: st.date || st.asOf ? statementDateLabel(st) : undefined }));
  return {
    entityId,
    name: entity.name,
    kind: entity.kind,
    native: entity.native.map(n => ({ text: n.text, language: languageName(n.lang) })),
    description: entity.description,
    roles,
    facts: tellingFacts(factBase, entity).map(st => cardFact(factBase, st)),
  };
}

function cardFact(factBase: FactBase, st: Statement): CardFact {
  const sourceId = st.evidence[0].source;
  return {
    statementId: st.id,
    summary: st.summary,
    date: statementDateLabel(st),
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
