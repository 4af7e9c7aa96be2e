// Which of an entity's statements a hover card shows, most telling first: how it began (relations with North Korea
// for a country, the role held for a person), the latest status, the latest embassy change, the most recent event;
// topped up with the most recent others when that leaves fewer than three. North Korea's own card shows the figures
// on its relations as a whole instead: any one country's event says little about the subject of the fact base.
import type { FactBase } from '../factBase';
import { type Entity, type Statement, type StatementType, SUBJECT_COUNTRY_ID } from '../model';

const MIN_FACTS = 3;

const STATUS_TYPES: ReadonlySet<StatementType> = new Set<StatementType>([
  'relations-established', 'relations-status', 'relations-suspended', 'relations-improved', 'relations-strained',
  'agreement-signed', 'agreement-nullified',
]);
const EMBASSY_TYPES: ReadonlySet<StatementType> = new Set<StatementType>(['mission-opened', 'mission-closed']);

export function tellingFacts(factBase: FactBase, entity: Entity): Statement[] {
  if (entity.id === SUBJECT_COUNTRY_ID) {
    return subjectFigures(factBase);
  }
  const all = factBase.statementsForEntity(entity.id); // oldest first, undated last
  const withSubject = all.filter(st => st.actors.includes(entity.id) && st.actors.includes(SUBJECT_COUNTRY_ID));
  const picked: Statement[] = [];
  const unpicked = (list: readonly Statement[]) => list.filter(st => !picked.includes(st));
  const pick = (st: Statement | undefined) => {
    if (st && !picked.includes(st)) {
      picked.push(st);
    }
  };

  if (entity.kind === 'country') {
    pick(withSubject.find(st => st.type === 'relations-established'));
  } else if (entity.kind === 'person') {
    pick(latest(all.filter(st => st.type === 'position-held' && st.role?.holder === entity.id)));
  }
  pick(latest(unpicked(withSubject.filter(st => STATUS_TYPES.has(st.type)))));
  pick(latest(unpicked(all.filter(st => EMBASSY_TYPES.has(st.type)))));
  pick(latest(unpicked(all.filter(st => st.date))));
  const rest = unpicked(all);
  const mostRecentFirst = [...rest.filter(isDated).reverse(), ...rest.filter(st => !isDated(st))];
  return [...picked, ...mostRecentFirst.slice(0, Math.max(0, MIN_FACTS - picked.length))];
}

/**
 * The figures on North Korea's relations as a whole (statements placed under no other country, stated as fact or
 * reported): the two largest on the state of its relations (how many countries, how many missions), then the one
 * on closures, a count stated as fact before a reported estimate.
 */
function subjectFigures(factBase: FactBase): Statement[] {
  const figures = factBase.subjectStatements().filter(st => st.quantity && (st.status === 'occurred' || st.status === 'reported'));
  const largestFirst = (a: Statement, b: Statement) => b.quantity!.value - a.quantity!.value;
  const stated = (st: Statement) => (st.status === 'occurred' ? 0 : 1);
  return [
    ...figures.filter(st => st.type === 'relations-status').sort(largestFirst).slice(0, 2),
    ...figures.filter(st => st.type === 'mission-closed').sort((a, b) => stated(a) - stated(b) || largestFirst(a, b)).slice(0, 1),
  ];
}

/** The last dated statement of a list ordered oldest first; an undated one only when none is dated. */
function latest(list: readonly Statement[]): Statement | undefined {
  return [...list].reverse().find(isDated) ?? list.at(-1);
}

function isDated(st: Statement): boolean {
  return Boolean(st.date ?? st.asOf);
}
