// The FactBase indexes are built in few passes (one date sort for all statement lists, first offsets found once); here
// every index is checked against its plain definition (filter, then sort), on a small fact base made of the awkward
// cases and on a synthetic one in shuffled order.
import * as assert from 'assert';
import { Random } from '../../bench/random';
import { factBaseSize, generateFactBase } from '../../bench/syntheticFactBase';
import { FactBase, compareStatementsByDate } from '../../src/core/factBase';
import {
  type CompiledFactBase, ENTITY_KINDS, type Entity, type EntityKind, type LocatedEvidence, type ResolvedDate,
  type Statement, SUBJECT_COUNTRY_ID,
} from '../../src/core/model';

function entity(id: string, kind: EntityKind, name: string, country?: string): Entity {
  return { id, kind, name, aliases: [], demonyms: [], native: [], description: '', country, ambiguousAliases: [], evidence: [] };
}

function day(iso: string, days = 1): ResolvedDate {
  const min = Date.parse(iso);
  return { edtf: iso, text: iso, min, max: min + days * 86_400_000 - 1, uncertain: days > 1 };
}

function quote(source: string, start: number): LocatedEvidence {
  return { source, quote: 'q', start, end: start + 1 };
}

function statement(id: string, fields: Partial<Statement>): Statement {
  return { id, type: 'visit', summary: id, actors: [], mentions: [], status: 'occurred', conflictsWith: [], evidence: [quote('a', 0)], ...fields };
}

/** Ties, undated and asOf-only statements, ids named twice in one statement, and quotes out of text order. */
const awkward: CompiledFactBase = {
  formatVersion: 1,
  sources: ['a', 'b', 'c'].map(id => ({
    id, file: `sources/${id}.txt`, sha256: '0'.repeat(64), title: id, kind: 'news-report', cleaning: 'news-page', published: 'unknown', text: '',
  })),
  entities: [
    entity(SUBJECT_COUNTRY_ID, 'country', 'North Korea'), entity('ghana', 'country', 'Ghana'), entity('angola', 'country', 'angola'),
    entity('accra', 'place', 'Accra', 'ghana'), entity('pyongyang', 'place', 'Pyongyang', SUBJECT_COUNTRY_ID),
    entity('kim', 'person', 'Kim'), entity('kim-2', 'person', 'Kim'), entity('ama', 'person', 'Ama', 'ghana'),
    entity('embassy', 'organization', 'Embassy', 'angola'), entity('un', 'organization', 'United Nations'),
  ],
  statements: [
    statement('late', { actors: ['ghana', SUBJECT_COUNTRY_ID], date: day('1990-01-01'), evidence: [quote('a', 90), quote('b', 5)] }),
    statement('tie-b', { actors: [SUBJECT_COUNTRY_ID, 'ghana'], date: day('1964-12-28'), evidence: [quote('a', 40)] }),
    statement('tie-a', { actors: ['ghana'], mentions: ['ghana', 'un'], date: day('1964-12-28'), evidence: [quote('a', 40)] }),
    statement('wider', { actors: ['accra'], mentions: ['pyongyang'], date: day('1964-12-28', 31), evidence: [quote('b', 30), quote('a', 60), quote('b', 1)] }),
    statement('as-of', { actors: ['embassy'], asOf: day('1970-06-01'), evidence: [quote('c', 7)] }),
    statement('undated-z', { actors: ['kim', 'ghana', 'kim'], role: { holder: 'kim', title: 'envoy', organization: 'embassy' }, evidence: [quote('a', 10)] }),
    statement('undated-a', { actors: ['pyongyang', 'ama'], role: { holder: 'ama', title: 'envoy' }, evidence: [quote('c', 3), quote('c', 9)] }),
    statement('both', { actors: ['angola'], date: day('1964-12-28'), asOf: day('1900-01-01'), evidence: [quote('a', 10)] }),
  ],
};

/** The indexes as their doc comments define them, computed the slow way. */
function expected(data: CompiledFactBase) {
  const byId = new Map(data.entities.map(e => [e.id, e]));
  const involves = (st: Statement, id: string) => [...st.actors, ...st.mentions, st.role?.holder, st.role?.organization].includes(id);
  const countries = (st: Statement) => st.actors.map(id => byId.get(id)).map(e => e?.kind === 'country' ? e.id : e?.country)
    .filter(c => c !== undefined && c !== SUBJECT_COUNTRY_ID);
  const firstOffset = (st: Statement, sourceId: string) => Math.min(...st.evidence.filter(e => e.source === sourceId).map(e => e.start));
  const ids = (list: readonly { id: string }[]) => list.map(x => x.id);
  return {
    entity: (id: string) => ids(data.statements.filter(st => involves(st, id)).sort(compareStatementsByDate)),
    country: (id: string) => ids(data.statements.filter(st => countries(st).includes(id)).sort(compareStatementsByDate)),
    source: (id: string) => ids(data.statements.filter(st => st.evidence.some(e => e.source === id))
      .sort((a, b) => firstOffset(a, id) - firstOffset(b, id))),
    kind: (kind: EntityKind) => ids(data.entities.filter(e => e.kind === kind).sort((a, b) => a.name.localeCompare(b.name))),
  };
}

function assertIndexesMatchDefinitions(data: CompiledFactBase): void {
  const fb = new FactBase(data);
  const want = expected(data);
  const ids = (list: readonly { id: string }[]) => list.map(x => x.id);
  for (const e of data.entities) {
    assert.deepStrictEqual(ids(fb.statementsForEntity(e.id)), want.entity(e.id), `statementsForEntity(${e.id})`);
    assert.deepStrictEqual(ids(fb.statementsForCountry(e.id)), want.country(e.id), `statementsForCountry(${e.id})`);
  }
  for (const s of data.sources) {
    assert.deepStrictEqual(ids(fb.statementsForSource(s.id)), want.source(s.id), `statementsForSource(${s.id})`);
  }
  for (const kind of ENTITY_KINDS) {
    assert.deepStrictEqual(ids(fb.entitiesOfKind(kind)), want.kind(kind), `entitiesOfKind(${kind})`);
  }
  assert.deepStrictEqual(ids(fb.relationCountries()), want.kind('country').filter(id => id !== SUBJECT_COUNTRY_ID && want.country(id).length > 0));
}

describe('FactBase indexes against their definitions', () => {
  it('agree on ties, undated statements, ids named twice and quotes out of text order', () => {
    assertIndexesMatchDefinitions(awkward);
  });

  it('list a statement once per entity, country and source however often it names them', () => {
    const fb = new FactBase(awkward);
    const ids = (list: readonly Statement[]) => list.map(st => st.id);
    assert.deepStrictEqual(ids(fb.statementsForEntity('kim')), ['undated-z']);
    assert.deepStrictEqual(ids(fb.statementsForEntity('ghana')), ['tie-a', 'tie-b', 'late', 'undated-z']);
    assert.deepStrictEqual(ids(fb.statementsForCountry('ghana')), ['tie-a', 'tie-b', 'wider', 'late', 'undated-a', 'undated-z']);
    assert.deepStrictEqual(ids(fb.statementsForSource('b')), ['wider', 'late']);
    assert.deepStrictEqual(ids(fb.statementsForSource('c')), ['undated-a', 'as-of']);
  });

  it('agree on a synthetic fact base whose records come in shuffled order', () => {
    const data = generateFactBase(factBaseSize(1, 0.3));
    const random = new Random(8);
    for (const list of [data.statements, data.entities] as unknown[][]) {
      for (let i = list.length - 1; i > 0; i--) {
        const j = random.int(i + 1);
        [list[i], list[j]] = [list[j], list[i]];
      }
    }
    assertIndexesMatchDefinitions(data);
  });
});
