// Name completion's matching (src/core/names) and the record positions Go to Definition opens.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FactBase } from '../../src/core/factBase';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import { nameCompletions, typedStart, wordStarts } from '../../src/core/names/nameCompletions';

const dataDir = path.join(__dirname, '../../data');
const fb = new FactBase(loadFactBase(readDataDir(dataDir)).factBase);
const completions = nameCompletions(fb);
const named = (text: string) => completions.find(c => c.text === text)!;

describe('name completion', () => {
  it('lists each entity\'s canonical name before its aliases, and no demonym', () => {
    const kil = completions.filter(c => c.entity.id === 'kil-mun-yong').map(c => `${c.text}${c.canonical ? '*' : ''}`);
    assert.deepEqual(kil, ['Kil Mun-yong*', 'Kil Mun Yong', 'Kil Munyong']);
    assert.ok(!completions.some(c => c.text === 'Ghanaian'));
  });

  it('finds where the typed words begin, in any spelling of the name', () => {
    assert.equal(typedStart('We met Kil Mun Y', named('Kil Mun-yong')), 'We met '.length);
    assert.equal(typedStart('in ulaan', named('Ulaanbaatar')), 'in '.length);
    assert.equal(typedStart('We met Kil Mun Y', named('Ulaanbaatar')), undefined);
    assert.equal(typedStart('We met ', named('Ghana')), 'We met '.length);
  });

  it('looks back only a few words', () => {
    assert.deepEqual(wordStarts('one two three four five'), [4, 8, 14, 19]);
    assert.deepEqual(wordStarts(''), [0]);
  });
});

describe('record positions', () => {
  it('point at each entity\'s record in its YAML file', () => {
    for (const entity of fb.entities) {
      const lines = fs.readFileSync(path.join(dataDir, entity.record!.file), 'utf8').split('\n');
      assert.match(lines[entity.record!.line - 1], new RegExp(`^\\s*-?\\s*id: ${entity.id}\\s*$`), entity.id);
    }
  });
});
