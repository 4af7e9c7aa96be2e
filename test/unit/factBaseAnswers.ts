// Every answer of the FactBase API, for tests that check another way of answering against the indexed arrays.
import type { FactBase } from '../../src/core/factBase';
import { ENTITY_KINDS } from '../../src/core/model';

/** Every answer of the FactBase API, as ids, for every id the base has and one it has not. */
export function answers(fb: FactBase): unknown {
  const ids = (list: readonly { id: string }[]) => list.map(x => x.id);
  const entityIds = [...fb.entities.map(e => e.id), 'no-such-id'];
  return {
    counts: fb.counts,
    sources: fb.sources,
    entities: fb.entities,
    statements: fb.statements,
    kinds: ENTITY_KINDS.map(kind => ids(fb.entitiesOfKind(kind))),
    relationCountries: ids(fb.relationCountries()),
    subject: ids(fb.subjectStatements()),
    perEntity: entityIds.map(id => [fb.entity(id), ids(fb.statementsForEntity(id)), ids(fb.statementsForCountry(id)), ids(fb.missionsOf(id))]),
    perStatement: [...fb.statements.map(st => st.id), 'no-such-id'].map(id => [fb.statement(id), fb.statement(id) && fb.countriesOf(fb.statement(id)!)]),
    perSource: [...fb.sources.map(s => s.id), 'no-such-id'].map(id => [fb.source(id)?.id, ids(fb.statementsForSource(id))]),
  };
}

