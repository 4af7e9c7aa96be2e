// The shipped pack (src/core/pack) answers every FactBase question as the indexed arrays do, with the same objects
// on every call, decoding only what it is asked for; its stored matcher finds what one built from the names finds.
import * as assert from 'assert';
import * as path from 'path';
import { factBaseSize, generateFactBase } from '../../bench/syntheticFactBase';
import { FactBase } from '../../src/core/factBase';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import { NameMatcher, nameEntriesOf, sharedNameMatcher } from '../../src/core/matcher';
import type { CompiledFactBase } from '../../src/core/model';
import { factBaseFromBytes } from '../../src/core/pack/factBasePack';
import { PACK_VERSION } from '../../src/core/pack/packFile';
import { packFactBase } from '../../src/core/pack/writeFactBasePack';
import { answers } from './factBaseAnswers';

const bundled = loadFactBase(readDataDir(path.join(__dirname, '../../data'))).factBase;

/** As JSON leaves it (the synthetic base has properties set to undefined, which a record's JSON drops). */
function asJson(data: CompiledFactBase): CompiledFactBase {
  return JSON.parse(JSON.stringify(data)) as CompiledFactBase;
}

function roundTrip(data: CompiledFactBase): FactBase {
  return factBaseFromBytes(packFactBase(data));
}

describe('the fact base pack', () => {
  for (const [name, data] of [['bundled', bundled], ['synthetic', asJson(generateFactBase(factBaseSize(1, 0.2)))]] as const) {
    it(`answers as the indexed arrays do (${name})`, () => {
      assert.deepStrictEqual(answers(roundTrip(data)), answers(new FactBase(data)));
    });

    it(`answers the same through a transient view, which keeps none of the records it decodes (${name})`, () => {
      const packed = roundTrip(data);
      const view = packed.transient();
      assert.deepStrictEqual(answers(view), answers(new FactBase(data)));
      const last = packed.counts.statements - 1;
      assert.notEqual(view.recordAt('statements', last), view.recordAt('statements', last), 'a copy each time until the base decodes it');
      assert.deepStrictEqual(view.recordAt('statements', last), packed.recordAt('statements', last));
      assert.equal(view.recordAt('statements', last), packed.recordAt('statements', last), 'then the base\'s own');
    });

    it(`stores a matcher that finds what one built from the names finds (${name})`, () => {
      const packed = roundTrip(data);
      const built = NameMatcher.fromEntries(nameEntriesOf(new FactBase(data)));
      const text = data.entities.flatMap(e => [e.name, ...e.aliases, ...e.demonyms, ...e.native.map(n => n.text)]).join(' and, ');
      const stored = sharedNameMatcher(packed)();
      assert.ok(built.findAll(text).length > data.entities.length / 2);
      assert.deepStrictEqual(stored.findAll(text), built.findAll(text));
    });
  }

  it('decodes a record once, when it is first asked for, and gives the same object after', () => {
    const packed = roundTrip(bundled);
    const first = packed.entity('ghana');
    assert.ok(first);
    assert.strictEqual(packed.entity('ghana'), first);
    assert.strictEqual(packed.entities.find(e => e.id === 'ghana'), first, 'decoding them all keeps the one decoded before');
    assert.strictEqual(packed.statementsForEntity('ghana')[0], packed.statement(packed.statementsForEntity('ghana')[0].id));
  });

  it('reads compiled JSON too, and refuses a pack of another version', () => {
    assert.strictEqual(factBaseFromBytes(new TextEncoder().encode(JSON.stringify(bundled))).counts.entities, bundled.entities.length);
    const pack = packFactBase(bundled);
    // Edited in place: the header's length field before it is binary, which a round trip through text would change.
    const changed = Buffer.from(pack);
    changed.write('"packVersion":9', changed.indexOf(`"packVersion":${PACK_VERSION}`));
    assert.throws(() => factBaseFromBytes(changed), /version 9/);
  });
});
