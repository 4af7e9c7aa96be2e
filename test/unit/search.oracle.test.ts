// SearchIndex and its TermIndex against the oracle (test/unit/searchOracle.ts: search as built on MiniSearch): the
// same documents match, with the same scores up to rounding, in the same order. On the shipped fact base with
// names, their prefixes, misspelt words and years; and on random small collections where prefixes and one-edit
// neighbours collide often. SEARCH_RUNS and SEARCH_SEED widen the random search.
import * as assert from 'assert';
import fc from 'fast-check';
import * as path from 'path';
import { FactBase } from '../../src/core/factBase';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import { FactBaseDocuments, type SearchDocument } from '../../src/core/search/documents';
import { SearchIndex } from '../../src/core/search/searchIndex';
import { SlicedTask } from '../../src/core/slicedTask';
import { TermIndexBuilder, withinOneEdit } from '../../src/core/search/termIndex';
import { indexTerms, searchTerms } from '../../src/core/search/terms';
import { type OracleHit, SearchOracle, miniSearchOf, oracleRanking } from './searchOracle';

const RUNS = Number(process.env.SEARCH_RUNS ?? 300);
const SEED = Number(process.env.SEARCH_SEED ?? 8080808);

/** Equal up to the rounding of sums added in another order. */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** `got` is the oracle's ranking, but for neighbours whose tiers are equal and whose scores differ by rounding only. */
function assertSameRanking(query: string, got: readonly SearchDocument[], hits: Map<string, OracleHit>, limit: number): void {
  const expected = oracleRanking(hits, limit);
  assert.strictEqual(got.length, expected.length, `${query}: number of results`);
  got.forEach((doc, i) => {
    const mine = hits.get(doc.id);
    assert.ok(mine, `${query}: ${doc.id} is no match`);
    assert.ok(doc.id === expected[i].doc.id || (mine.tier === expected[i].tier && close(mine.score, expected[i].score)),
      `${query}: #${i} is ${doc.id} (tier ${mine.tier}, ${mine.score}), expected ${expected[i].doc.id} (tier ${expected[i].tier}, ${expected[i].score})`);
  });
}

/** A word with one code unit substituted, deleted or inserted, at a place and with a letter picked by `seed`. */
function misspelt(word: string, seed: number): string {
  const at = seed % word.length;
  const letter = 'aeioukn'[seed % 7];
  return [word.slice(0, at) + letter + word.slice(at + 1), word.slice(0, at) + word.slice(at + 1), word.slice(0, at) + letter + word.slice(at)][seed % 3];
}

describe('SearchIndex against the MiniSearch oracle, on the shipped fact base', function () {
  this.timeout(60_000);
  const fb = new FactBase(loadFactBase(readDataDir(path.join(__dirname, '../../data'))).factBase);
  const source = new SlicedTask(FactBaseDocuments.of(fb)).now();
  const documents = Array.from({ length: source.count }, (_, n) => source.document(n));
  const index = SearchIndex.forFactBase(fb);
  const oracle = new SearchOracle(documents);

  const names = fb.entities.flatMap(e => [e.name, ...e.aliases]);
  const longWords = [...new Set(documents.flatMap(d => indexTerms(`${d.fields.name} ${d.fields.text}`)))].filter(w => w.length >= 5);
  const queries = [
    ...names,
    ...names.flatMap(name => Array.from(name.toLowerCase(), (_, i) => name.toLowerCase().slice(0, i + 1))),
    ...longWords.map((word, i) => misspelt(word, i)),
    ...fb.statements.map(st => `${st.summary.split(' ').slice(0, 3).join(' ')} ${st.date?.edtf.slice(0, 4) ?? ''}`),
    'ghana 1964', '1964', '19', 'embassy closed', 'dprk embassy 1998', 'agricultural project foreign aid', 'zzzqx', '',
  ];

  it('matches the same documents', () => {
    for (const query of queries) {
      assert.deepStrictEqual([...index.matchingIds(query)].sort(), [...oracle.hits(query).keys()].sort(), query);
    }
  });

  it('ranks them in the same order', () => {
    for (const query of queries) {
      const hits = oracle.hits(query);
      assertSameRanking(query, index.search(query), hits, 50);
      assertSameRanking(`${query} (limit 3)`, index.search(query, 3), hits, 3);
    }
  });

  it('returns every match when the limit allows, and none for a limit of 0', () => {
    assertSameRanking('k', index.search('k', Infinity), oracle.hits('k'), Infinity);
    assert.ok(index.search('k', Infinity).length > 50);
    assert.deepStrictEqual(index.search('k', 0), []);
  });
});

describe('TermIndex against MiniSearch (property)', function () {
  this.timeout(120_000);
  // Few letters and short words, so prefixes and one-edit neighbours are everywhere; a digit turns fuzziness off.
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'é', '1'), minLength: 1, maxLength: 7 });
  const text = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', '-', '. ')), { maxLength: 8 })
    .map(parts => parts.map(([w, sep]) => w + sep).join(''));
  const collection = fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 25 });
  const queryWord = (texts: string[]) => fc.oneof(
    word,
    fc.constantFrom(...texts.flatMap(indexTerms), 'a').chain(w => fc.oneof(
      fc.constant(w),
      fc.integer({ min: 1, max: w.length }).map(n => w.slice(0, n)),
      fc.nat().map(seed => misspelt(w, seed)),
    )),
  );
  const scenario = collection.chain(docs => fc.tuple(fc.constant(docs), fc.array(queryWord(docs.flat()), { minLength: 1, maxLength: 3 })));

  it('finds the same documents with the same scores', () => {
    fc.assert(fc.property(scenario, ([docs, words]) => {
      const builder = new TermIndexBuilder({ fieldBoosts: [3, 1], tokenize: indexTerms, fuzzy: w => w.length >= 5 && !/\d/.test(w) });
      docs.forEach(fields => builder.add(field => fields[field] ?? ''));
      const terms = new SlicedTask(builder.finish()).now();
      const mini = miniSearchOf(docs.map(([name, text], i) => ({ id: String(i), fields: { name, text } })), { name: 3, text: 1 });
      const query = words.join(' ');
      const { docs: found, scores } = terms.match(searchTerms(query));
      const distinct = new Set(searchTerms(query)).size;
      const got = new Map(Array.from(found, (doc, i) => [String(doc), scores[i] * distinct]));
      const expected = new Map(mini.search(query).map(hit => [hit.id as string, hit.score]));
      assert.deepStrictEqual([...got.keys()].sort(), [...expected.keys()].sort(), query);
      for (const [id, score] of expected) {
        assert.ok(close(got.get(id)!, score), `${query}: document ${id} scores ${got.get(id)}, expected ${score}`);
      }
    }), { numRuns: RUNS, seed: SEED });
  });
});

describe('withinOneEdit', () => {
  it('allows one substitution, deletion or insertion, not two, nor a transposition', () => {
    for (const [a, b] of [['kimil', 'kimil'], ['kimil', 'kamil'], ['kimil', 'kmil'], ['kimil', 'kimils'], ['kimil', 'skimil'], ['kimil', 'kimi']]) {
      assert.ok(withinOneEdit(a, b) && withinOneEdit(b, a), `${a} ${b}`);
    }
    for (const [a, b] of [['kimil', 'ikmil'], ['kimil', 'kimilsu'], ['kimil', 'kamel'], ['kimil', 'mil'], ['', 'ab']]) {
      assert.ok(!withinOneEdit(a, b) && !withinOneEdit(b, a), `${a} ${b}`);
    }
  });
});
