// Issue 16: the kind of id completion offers (and hover explains) at a spot of a fact-base YAML file.
import * as assert from 'assert';
import { idKindAt } from '../../src/core/factBaseYaml/idAt';
import { narrowedToTyped, nearIds } from '../../src/core/factBaseYaml/nearIds';

/** The kind at the `|` in `text`. */
function at(text: string) {
  const lines = text.split('\n');
  const line = lines.findIndex(l => l.includes('|'));
  const character = lines[line].indexOf('|');
  lines[line] = lines[line].replace('|', '');
  return idKindAt(lines, line, character);
}

describe('idKindAt', () => {
  it('reads the key of a flow list, a scalar value and a block list item', () => {
    assert.strictEqual(at('    actors: [ghana, mon|'), 'entity');
    assert.strictEqual(at('    actors: [|'), 'entity');
    assert.strictEqual(at('    conflictsWith: [|'), 'statement');
    assert.strictEqual(at('      - source: gh|'), 'source');
    assert.strictEqual(at('    type: rel|'), 'statement-type');
    assert.strictEqual(at('    role: { holder: x }\n    mentions:\n      - ghana\n      - |'), 'entity');
    assert.strictEqual(at('    role:\n      holder: kil|'), 'entity');
  });

  it('offers nothing in free text or under other keys', () => {
    assert.strictEqual(at('    summary: Ghana and |'), undefined);
    assert.strictEqual(at('    quote: the source: |'), undefined);
    assert.strictEqual(at('    aliases:\n      - |'), undefined);
    assert.strictEqual(at('    evidence:\n      - |'), undefined);
    assert.strictEqual(at('    actors: [ghana]\n    summary: x\n      - |'), undefined);
  });
});

describe('nearIds', () => {
  it('offers the ids within two edits first, then those the typed id begins or is a word of', () => {
    const known = ['mongolia', 'mongolian-peoples-party', 'ghana', 'north-korea', 'south-korea', 'ulan-bator'];
    assert.deepStrictEqual(nearIds('mongolai', known), ['mongolia']);
    assert.deepStrictEqual(nearIds('north-kroea', known), ['north-korea']);
    assert.deepStrictEqual(nearIds('mongol', known), ['mongolia', 'mongolian-peoples-party']);
    assert.deepStrictEqual(nearIds('korea', known), ['north-korea', 'south-korea']);
    assert.deepStrictEqual(nearIds('atlantis', known), []);
  });
});

describe('narrowedToTyped (completion of ids at 100× the data)', () => {
  const ids = Array.from({ length: 2000 }, (_, i) => `person-${i}`).concat(['kim-il-sung', 'kim-jong-un', 'ri-kim']);
  const narrowed = (typed: string, limit = 500) => narrowedToTyped(ids, id => id, typed, limit);

  it('keeps every item while there are no more than the limit', () => {
    assert.strictEqual(narrowedToTyped(ids, id => id, 'zzz', ids.length), ids);
  });

  it('keeps what holds the typed characters in order, ignoring case, those starting with them first', () => {
    assert.deepStrictEqual(narrowed('KIM'), ['kim-il-sung', 'kim-jong-un', 'ri-kim']);
    assert.deepStrictEqual(narrowed('kju'), ['kim-jong-un']);
    assert.deepStrictEqual(narrowed('person-1999'), ['person-1999']);
    assert.deepStrictEqual(narrowed('atlantis'), []);
  });

  it('offers no more than the limit, however little is typed', () => {
    assert.strictEqual(narrowed('').length, 500);
    assert.strictEqual(narrowed('person-1').length, 500);
    assert.ok(narrowed('person-1').every(id => id.startsWith('person-1')));
  });
});
