import * as assert from 'assert';
import * as path from 'path';
import { FactBase } from '../../src/core/factBase';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import { distinctResults } from '../../src/core/search/distinctResults';
import { FactBaseDocuments, type SearchDocument, type SourceRange } from '../../src/core/search/documents';
import { sourcePassages } from '../../src/core/search/passages';
import { namedYearsOf, SearchIndex } from '../../src/core/search/searchIndex';
import { SlicedTask } from '../../src/core/slicedTask';
import { indexTerms, searchTerms } from '../../src/core/search/terms';

const fb = new FactBase(loadFactBase(readDataDir(path.join(__dirname, '../../data'))).factBase);
const index = SearchIndex.forFactBase(fb);
const ids = (query: string) => index.search(query).map(d => d.id);
const first = (query: string) => ids(query)[0];

describe('search terms', () => {
  it('fold case, diacritics, curly apostrophes and hyphens', () => {
    assert.deepStrictEqual(searchTerms('Ghána’s Kim Il-sung'), ['ghanas', 'kim', 'il', 'sung']);
  });

  it('index hyphenated words also joined up', () => {
    assert.deepStrictEqual(indexTerms('Kil Mun-yong'), ['kil', 'mun', 'yong', 'munyong']);
  });
});

describe('search ranking', () => {
  it('ranks every entity first for its exact name, however it is typed', () => {
    for (const e of fb.entities) {
      assert.strictEqual(first(e.name), e.id, e.name);
      assert.strictEqual(first(e.name.toUpperCase()), e.id, e.name.toUpperCase());
    }
  });

  it('finds entities by alias', () => {
    assert.strictEqual(first('Kim Il Sung'), 'kim-il-sung');
    assert.strictEqual(first('Ulaanbaatar'), 'ulan-bator');
    assert.strictEqual(first('DPRK'), 'north-korea');
    assert.strictEqual(first('USSR'), 'soviet-union');
    assert.strictEqual(first('Kil Munyong'), 'kil-mun-yong');
  });

  it('finds North Korea\'s missions abroad under their host and by their sender', () => {
    const missions = ids('mission of North Korea').filter(id => fb.entity(id)?.sendingState === 'north-korea');
    assert.strictEqual(missions.length, 7, missions.join());
    assert.strictEqual(index.search('mission of North Korea Spain')[0].description, 'organization · Spain · mission of North Korea');
  });

  it('matches every word of a multi-word query, in any order', () => {
    assert.strictEqual(first('dprk embassy 1998'), 'north-korean-embassy-ghana-closed');
    assert.strictEqual(first('1998 embassy dprk'), 'north-korean-embassy-ghana-closed');
    assert.deepStrictEqual(ids('visit 1988 mongolia'), ids('mongolia visit 1988'));
    assert.deepStrictEqual(ids('mongolia visit 1988').slice(0, 2).sort(), ['mongolia-kim-il-sung-visit-1988', 'mongolia-kim-yong-nam-visit-1988']);
  });

  it('ignores diacritics and apostrophe style in the query', () => {
    assert.strictEqual(first('Ghána'), 'ghana');
    assert.strictEqual(first('Chad O\'Carroll'), 'chad-ocarroll');
    assert.strictEqual(first('Chad O’Carroll'), 'chad-ocarroll');
    assert.strictEqual(first('Supreme Peoples Assembly'), 'supreme-peoples-assembly');
  });

  it('puts events of a year the query names first, then what says that year, then ranges that merely span it', () => {
    const results = index.search('ghana 1964');
    assert.strictEqual(results[0].id, 'ghana-relations-established');
    const found = index.search('1964');
    const positions = (which: (d: SearchDocument) => boolean) => found.flatMap((d, i) => (which(d) ? [i] : []));
    const says = (d: SearchDocument) => namedYearsOf(d).includes(1964);
    const saying = positions(d => d.kind !== 'event' && says(d)); // the Ghana row, the sentences that say 1964
    const ranges = positions(d => !says(d) && d.years.includes(1964)); // 196X, 1960/1979, 1960/1985~…
    assert.ok(found.findIndex(d => d.id === 'ghana') >= 0 && saying.length >= 3 && ranges.length >= 3, found.map(d => d.id).join(', '));
    assert.ok(Math.max(...saying) < Math.min(...ranges), found.map(d => d.id).join(', '));
  });

  it('lists nothing twice: a sentence an event above shows as its quote, or one repeated word for word', () => {
    const shown = distinctResults(index.search('1964'));
    const sentences = shown.filter(d => d.kind === 'passage').map(d => d.label);
    const quotes = shown.filter(d => d.kind === 'event').map(d => d.detail);
    assert.deepStrictEqual(sentences.filter(s => quotes.includes(s)), []);
    assert.ok(index.search('1964').some(d => d.kind === 'passage' && quotes.includes(d.label)), 'the case this test is about is gone');
    const twice = { ...shown[0], id: 'copy' };
    assert.deepStrictEqual(distinctResults([shown[0], twice]), [shown[0]]);
  });

  it('finds source sentences and points them at their raw text', () => {
    const passage = index.search('agricultural project foreign aid').find(d => d.kind === 'passage');
    assert.ok(passage && typeof passage.passage === 'object');
    const { source, start, end } = passage.passage;
    assert.strictEqual(fb.source(source)!.text.slice(start, end), 'In 1983, North Korea initiated an agricultural project in Ghana as foreign aid.');
    assert.strictEqual(passage.reveal, 'north-korea-agricultural-project-ghana-1983');
  });

  it('points every source sentence at the first statement of its source that quotes from it, else the source', () => {
    const documents = new SlicedTask(FactBaseDocuments.of(fb)).now();
    const passages = Array.from({ length: documents.count }, (_, n) => documents.document(n)).filter(d => d.kind === 'passage');
    assert.ok(passages.some(d => d.reveal !== (d.passage as SourceRange).source), 'some sentence supports a statement');
    for (const d of passages) {
      const { source, start, end } = d.passage as SourceRange;
      // The definition, as a scan of the source's statements per sentence.
      const supported = fb.statementsForSource(source).find(st => st.evidence.some(ev => ev.source === source && ev.start < end && ev.end > start));
      assert.strictEqual(d.reveal, supported?.id ?? source, d.id);
    }
  });

  it('gives every source sentence its source, place and section heading as the source\'s own passages say', () => {
    const documents = new SlicedTask(FactBaseDocuments.of(fb)).now();
    const shown = Array.from({ length: documents.count }, (_, n) => documents.document(n)).filter(d => d.kind === 'passage');
    const expected = fb.sources.flatMap(source => new SlicedTask(sourcePassages(source)).now().map(p => ({
      source: source.id, start: p.start, end: p.end, description: [source.title, p.heading].filter(Boolean).join(' › '),
    })));
    assert.ok(expected.some(p => p.description.includes(' › ')), 'some sentence is under a heading');
    assert.deepStrictEqual(shown.map(d => ({ ...(d.passage as SourceRange), description: d.description })), expected);
  });

  it('finds nothing for words the fact base does not contain', () => {
    assert.deepStrictEqual(ids('ghana zzzqx'), []);
    assert.deepStrictEqual(ids('   '), []);
  });
});
