import * as assert from 'assert';
import * as path from 'path';
import { compareDates } from '../../src/core/dates';
import { FactBase } from '../../src/core/factBase';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import { SUBJECT_COUNTRY_ID, type Statement } from '../../src/core/model';

const loaded = loadFactBase(readDataDir(path.join(__dirname, '../../data')));
const fb = new FactBase(loaded.factBase);
const ids = (list: readonly Statement[]) => list.map(s => s.id);

describe('bundled fact base', () => {
  it('loads without errors', () => {
    assert.deepStrictEqual(loaded.diagnostics.filter(d => d.severity === 'error'), []);
  });

  it('gives every statement a sidebar label its own words support', () => {
    assert.deepStrictEqual(fb.statements.filter(s => !s.label).map(s => s.id), []);
    assert.deepStrictEqual(loaded.diagnostics.filter(d => d.code === 'label-unsupported'), []);
  });

  it('has the three sources, byte for byte as the files on disk', () => {
    assert.deepStrictEqual(fb.sources.map(s => s.id), ['ghana-wikipedia', 'mongolia-wiki-mirror', 'embassy-closures-news']);
    for (const s of fb.sources) {
      assert.ok(s.text.length > 3000, s.id);
    }
  });
});

describe('FactBase indexes', () => {
  it('orders a country\'s statements oldest first, undated last', () => {
    for (const country of fb.relationCountries()) {
      const list = fb.statementsForCountry(country.id);
      for (let i = 1; i < list.length; i++) {
        const [a, b] = [list[i - 1].date ?? list[i - 1].asOf, list[i].date ?? list[i].asOf];
        assert.ok(compareDates(a, b) <= 0, `${country.id}: ${list[i - 1].id} before ${list[i].id}`);
      }
    }
    const ghana = ids(fb.statementsForCountry('ghana'));
    assert.ok(ghana.indexOf('ghana-trade-tour-1961') < ghana.indexOf('ghana-relations-established'));
    assert.ok(ghana.indexOf('ghana-relations-established') < ghana.indexOf('north-korean-embassy-ghana-closed'));
    assert.strictEqual(fb.statement(ghana.at(-1)!)?.date, undefined, 'the last Ghana statement is undated');
  });

  it('sorts an open start ("By 1968", ../1968) by its known end, not before everything else', () => {
    const ghana = ids(fb.statementsForCountry('ghana'));
    assert.strictEqual(fb.statement('north-korea-supports-ghana-1968')?.date?.edtf, '../1968');
    assert.ok(ghana.indexOf('ghana-relations-terminated-1966') < ghana.indexOf('north-korea-supports-ghana-1968'));
    assert.ok(ghana.indexOf('north-korea-supports-ghana-1968') < ghana.indexOf('ghana-relations-with-both-koreas'));
    const mongolia = ids(fb.statementsForCountry('mongolia'));
    assert.ok(mongolia.indexOf('mongolia-friendship-treaty-nullified') < mongolia.indexOf('mongolia-expels-diplomats-counterfeit'), '../1999 after 1995');
  });

  it('files North Korea\'s missions under their host, with North Korea as the sending state', () => {
    const missions = fb.entitiesOfKind('organization').filter(e => e.sendingState === SUBJECT_COUNTRY_ID);
    assert.deepStrictEqual(missions.map(e => e.country).sort(), ['angola', 'china', 'ghana', 'italy', 'mongolia', 'spain', 'uganda']);
    assert.deepStrictEqual(fb.countriesOf(fb.statement('madrid-embassy-vandalized-2019')!), ['spain']);
  });

  it('places statements about a mission under the country the mission is in', () => {
    assert.deepStrictEqual(fb.countriesOf(fb.statement('north-korean-embassy-ghana-closed')!), ['ghana']);
    assert.ok(ids(fb.statementsForCountry('ghana')).includes('north-korean-embassy-ghana-closed'));
  });

  it('lists relation countries by name, without North Korea itself', () => {
    const names = fb.relationCountries().map(c => c.name);
    assert.ok(!fb.relationCountries().some(c => c.id === SUBJECT_COUNTRY_ID));
    assert.deepStrictEqual(names, [...names].sort((a, b) => a.localeCompare(b)));
    for (const expected of ['Ghana', 'Mongolia', 'Spain', 'Angola', 'Uganda', 'South Korea']) {
      assert.ok(names.includes(expected), expected);
    }
  });

  it('indexes statements by every entity they involve, including role holders', () => {
    assert.ok(ids(fb.statementsForEntity('kil-mun-yong')).includes('kil-mun-yong-ambassador-ghana'));
    for (const st of fb.statementsForEntity('kim-il-sung')) {
      assert.ok([...st.actors, ...st.mentions, st.role?.holder].includes('kim-il-sung'), st.id);
    }
  });

  it('lists a source\'s statements in the order of their first quote', () => {
    for (const source of fb.sources) {
      const starts = fb.statementsForSource(source.id).map(st => Math.min(...st.evidence.filter(e => e.source === source.id).map(e => e.start)));
      assert.ok(starts.length > 10, source.id);
      assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b), source.id);
    }
  });

  it('round-trips through the compiled JSON and rejects an unknown format', () => {
    const again = FactBase.fromJson(JSON.stringify(loaded.factBase));
    assert.strictEqual(again.statements.length, fb.statements.length);
    assert.strictEqual(again.entity('ulan-bator')?.name, 'Ulan Bator');
    assert.throws(() => FactBase.fromJson(JSON.stringify({ ...loaded.factBase, formatVersion: 2 })), /formatVersion 1/);
    assert.throws(() => FactBase.fromJson('{"formatVersion":1}'), /format/);
  });
});
