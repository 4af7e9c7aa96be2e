// Which of an entity's statements a hover card shows, in the order the hover issue asks for: how it began (relations
// with North Korea for a country, the role held for a person), the latest status, the latest embassy change, the most
// recent event; topped up with the most recent others when that leaves fewer than three.
import type { FactBase } from '../factBase';
import { type Entity, type Statement, type StatementType, SUBJECT_COUNTRY_ID } from '../model';

const MIN_FACTS = 3;

const STATUS_TYPES: ReadonlySet<StatementType> = new Set<StatementType>([
  'relations-established', 'relations-status', 'relations-suspended', 'relations-improved', 'relations-strained',
  'agreement-signed', 'agreement-nullified',
]);
const EMBASSY_TYPES: ReadonlySet<StatementType> = new Set<StatementType>(['mission-opened', 'mission-closed']);

export function tellingFacts(factBase: FactBase, entity: Entity): Statement[] {
  const all = factBase.statementsForEntity(entity.id); // oldest first, undated last
  const withSubject = entity.id === SUBJECT_COUNTRY_ID ? all
    : all.filter(st => st.actors.includes(entity.id) && st.actors.includes(SUBJECT_COUNTRY_ID));
  const picked: Statement[] = [];
  const unpicked = (list: readonly Statement[]) => list.filter(st => !picked.includes(st));
  const pick = (st: Statement | undefined) => {
    if (st && !picked.includes(st)) {
      picked.push(st);
    }
  };

  if (entity.kind === 'country' && entity.id !== SUBJECT_COUNTRY_ID) {
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

/** The last dated statement of a list ordered oldest first; an undated one only when none is dated. */
function latest(list: readonly Statement[]): Statement | undefined {
  return [...list].reverse().find(isDated) ?? list.at(-1);
}

function isDated(st: Statement): boolean {
  return Boolean(st.date ?? st.asOf);
}
