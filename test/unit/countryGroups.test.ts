// byCountry reads the fact base's country index; here its groups are checked against their plain definition from
// countriesOf, for the orders and subsets callers pass, on the shipped data, its pack and a workspace base naming the
// shipped entities.
import * as assert from 'assert';
import * as path from 'path';
import { Random } from '../../bench/random';
import { byCountry } from '../../src/core/countryGroups';
import { compareStatementsByDate, FactBase } from '../../src/core/factBase';
import { FactStore } from '../../src/core/factStore';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import type { CompiledFactBase, Statement } from '../../src/core/model';
import { factBaseFromBytes } from '../../src/core/pack/factBasePack';
import { packFactBase } from '../../src/core/pack/writeFactBasePack';

const compiled = loadFactBase(readDataDir(path.join(__dirname, '../../data'))).factBase;
const shipped = new FactBase(compiled);

/** Countries by name, each with the given statements countriesOf puts under it, then those it puts under none. */
function expected(fb: FactBase, statements: readonly Statement[]): [string | undefined, string[]][] {
  const groups: [string | undefined, string[]][] = fb.relationCountries()
    .map(c => [c.id, statements.filter(st => fb.countriesOf(st).includes(c.id)).map(st => st.id)]);
  groups.push([undefined, statements.filter(st => fb.countriesOf(st).length === 0).map(st => st.id)]);
  return groups.filter(([, ids]) => ids.length > 0);
}

function assertGroupsMatchDefinition(fb: FactBase): void {
  const random = new Random(18);
  const shuffled = [...fb.statements];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const orders: [string, readonly Statement[]][] = [
    ['the whole base by date', [...fb.statements].sort(compareStatementsByDate)], ['the compiled order', fb.statements], ['shuffled', shuffled],
    ['a shuffled third', shuffled.slice(0, Math.ceil(shuffled.length / 3))], ['none', []],
    ...fb.relationCountries().slice(0, 3).map((c): [string, readonly Statement[]] => [c.id, fb.statementsForCountry(c.id)]),
  ];
  for (const [name, statements] of orders) {
    const groups = byCountry(fb, statements).map(g => [g.countryId, g.statements.map(st => st.id)]);
    assert.deepStrictEqual(groups, expected(fb, statements), name);
  }
}

describe('byCountry', () => {
  it('groups as countriesOf places the statements, in the given order, on the shipped data and its pack', () => {
    assertGroupsMatchDefinition(shipped);
    assertGroupsMatchDefinition(factBaseFromBytes(packFactBase(compiled)));
  });

  it('groups a workspace base\'s statements under the shipped countries their actors belong to', () => {
    const [first, second] = shipped.relationCountries();
    const st = compiled.statements[0];
    const workspace: CompiledFactBase = {
      formatVersion: 1, sources: [],
      entities: [
        { ...compiled.entities.find(e => e.kind === 'person')!, id: 'ws-envoy', country: first.id },
        { ...compiled.entities.find(e => e.kind === 'country')!, id: 'ws-country', name: 'Aaaland' },
      ],
      statements: [
        { ...st, id: 'ws-envoy-visit', actors: ['ws-envoy', 'north-korea'] },
        { ...st, id: 'ws-two-countries', actors: [second.id, 'ws-country'] },
        { ...st, id: 'ws-own', actors: ['north-korea'] },
      ],
    };
    for (const bundled of [shipped, factBaseFromBytes(packFactBase(compiled))]) {
      const store = new FactStore(bundled);
      store.setWorkspaceBases([['file:///ws', workspace]]);
      assertGroupsMatchDefinition(store.factBase);
    }
  });
});
