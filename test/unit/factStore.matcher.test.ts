// Issue 19: the store answers for the bundled and the workspace bases together without merging them: the same
// answers as one FactBase over all their records, names found with one matcher per base (a change to one workspace
// base builds that base's matcher only).
import * as assert from 'assert';
import * as path from 'path';
import { FactBase } from '../../src/core/factBase';
import { FactStore } from '../../src/core/factStore';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import { NameMatcher, nameEntriesOf, sharedNameMatcher } from '../../src/core/matcher';
import type { CompiledFactBase, Entity } from '../../src/core/model';
import { answers } from './factBaseAnswers';

const bundledData = loadFactBase(readDataDir(path.join(__dirname, '../../data'))).factBase;

function workspaceBase(...people: [id: string, name: string][]): CompiledFactBase {
  const template = bundledData.entities.find(e => e.kind === 'person')!;
  const entities: Entity[] = people.map(([id, name]) => ({ ...template, id, name, aliases: [], ambiguousAliases: [], demonyms: [], native: [], evidence: [] }));
  return { formatVersion: 1, sources: [], entities, statements: [] };
}

describe('the fact store\'s name matcher', () => {
  const text = 'Kil Mun-yong met Batbayar Envoy and Kil Mun-yong again in Ulan Bator; Ghana sent Dorj Envoy.';

  it('finds what one matcher over every base\'s names finds, and builds only a changed base\'s matcher', () => {
    const store = new FactStore(new FactBase(bundledData));
    const built: number[] = [];
    const fromEntries = NameMatcher.fromEntries.bind(NameMatcher);
    NameMatcher.fromEntries = entries => {
      const list = [...entries];
      built.push(list.length);
      return fromEntries(list);
    };
    try {
      // A workspace name shared with the bundled base makes a match naming both entities, as one matcher's key would.
      store.setWorkspaceBases([['a', workspaceBase(['batbayar', 'Batbayar Envoy'], ['kil-again', 'Kil Mun-yong'])], ['b', workspaceBase(['dorj', 'Dorj Envoy'])]]);
      const matches = sharedNameMatcher(store.factBase)().findAll(text);
      assert.deepStrictEqual(matches, fromEntries(nameEntriesOf(store.factBase)).findAll(text));
      assert.ok(matches.some(m => m.entityIds.includes('kil-mun-yong') && m.entityIds.includes('kil-again') && m.ambiguous));
      assert.ok(matches.some(m => m.entityIds.join() === 'dorj'));
      assert.strictEqual(built.length, 3, 'the bundled base and each workspace base, once');

      store.setWorkspaceBases([['b', workspaceBase(['dorj', 'Dorj Envoy'], ['ghana-envoy', 'Ghana'])]]);
      const after = sharedNameMatcher(store.factBase)().findAll(text);
      assert.deepStrictEqual(after, fromEntries(nameEntriesOf(store.factBase)).findAll(text));
      assert.deepStrictEqual(built.slice(3), [2], 'only the changed base\'s names');
    } finally {
      NameMatcher.fromEntries = fromEntries;
    }
  });
});

describe('the fact store\'s merged fact base', () => {
  it('answers as one FactBase indexing every base\'s records at once', () => {
    // A workspace person in a bundled country, with statements on bundled entities and a bundled source's quote.
    const ghana = bundledData.statements.find(st => st.actors.includes('ghana'))!;
    const a = workspaceBase(['my-envoy', 'My Envoy']);
    a.entities[0].country = 'mongolia';
    a.statements = [
      { ...ghana, id: 'ws-visit', actors: ['my-envoy', 'north-korea'], mentions: ['ghana'], date: ghana.date },
      { ...ghana, id: 'ws-undated', actors: ['ghana', 'my-envoy'], mentions: [], date: undefined, asOf: undefined },
    ];
    const b = workspaceBase(['other-envoy', 'Aaron Other']);
    b.statements = [{ ...ghana, id: 'ws-b', actors: ['other-envoy', 'my-envoy'], mentions: [] }];
    const store = new FactStore(new FactBase(bundledData));
    store.setWorkspaceBases([['a', a], ['b', b]]);
    const merged = new FactBase({
      formatVersion: 1, sources: bundledData.sources, entities: [...bundledData.entities, ...a.entities, ...b.entities],
      statements: [...bundledData.statements, ...a.statements, ...b.statements],
    });
    assert.deepStrictEqual(answers(store.factBase), answers(merged));
    assert.ok(store.factBase.statementsForCountry('mongolia').some(st => st.id === 'ws-b'), 'placed by an entity of an earlier base');
  });
});
