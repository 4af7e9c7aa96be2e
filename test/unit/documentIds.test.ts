import * as assert from 'assert';
import { DocumentIds } from '../../src/core/search/documentIds';
import { StringColumn } from '../../src/core/search/stringColumn';
import { stringHash } from '../../src/core/stringHash';

/** Ids as the index meets them, and the odd ones a workspace may hold: empty, astral, longer than a chunk. */
function sampleIds(): string[] {
  const ids = ['', 'a', 'ab', 'b', 'kim-il-sung', 'passage:src-1:10', 'passage:src-1:9', 'Ä', 'ä', '😀', '\uffff', 'x'.repeat(70_000)];
  for (let i = 0; i < 5000; i++) {
    ids.push(`passage:source-${i % 37}:${i * 7}`);
  }
  return ids;
}

describe('search document ids', () => {
  it('reads back every string as pushed, across chunk edges, and compares them as < does', () => {
    const column = new StringColumn();
    const ids = sampleIds();
    ids.forEach((id, i) => assert.strictEqual(column.push(id), i));
    assert.strictEqual(column.length, ids.length);
    ids.forEach((id, i) => {
      assert.strictEqual(column.at(i), id);
      assert.ok(column.equals(i, id));
      assert.ok(!column.equals(i, `${id}!`));
    });
    const sign = (n: number) => Math.sign(n);
    for (let i = 0; i < ids.length; i += 7) {
      for (let j = 0; j < ids.length; j += 11) {
        const expected = ids[i] < ids[j] ? -1 : ids[i] > ids[j] ? 1 : 0;
        assert.strictEqual(sign(column.compare(i, j)), expected, `${ids[i].slice(0, 20)} vs ${ids[j].slice(0, 20)}`);
      }
    }
  });

  it('numbers ids as a Map would: a repeated id keeps its first number', () => {
    const ids = sampleIds();
    const table = new DocumentIds(ids.length);
    const map = new Map<string, number>();
    for (const id of [...ids, ...ids.slice().reverse()]) {
      if (!map.has(id)) {
        map.set(id, map.size);
      }
      assert.strictEqual(table.intern(id), map.get(id));
    }
    assert.strictEqual(table.count, map.size);
    for (const [id, n] of map) {
      assert.strictEqual(table.find(id), n);
      assert.strictEqual(table.idAt(n), id);
    }
    assert.strictEqual(table.find('not-there'), undefined);
    assert.strictEqual(table.find('passage:source-1:'), undefined);
  });

  it('tells apart ids whose hashes share a slot, and refuses more ids than it was made for', () => {
    // A table for 8 ids has 16 slots: ids whose hashes agree in the low 4 bits start at the same slot.
    const bySlot = new Map<number, string[]>();
    for (let k = 0; !bySlot.get(stringHash(`id-${k}`) & 15)?.[1]; k++) {
      const slot = stringHash(`id-${k}`) & 15;
      bySlot.set(slot, [...bySlot.get(slot) ?? [], `id-${k}`]);
    }
    const [shared] = [...bySlot.values()].filter(ids => ids.length === 2);
    const table = new DocumentIds(8);
    shared.forEach((id, i) => assert.strictEqual(table.intern(id), i));
    shared.forEach((id, i) => assert.strictEqual(table.find(id), i));
    for (let i = 2; i < 8; i++) {
      table.intern(`more-${i}`);
    }
    assert.throws(() => table.intern('one-too-many'), RangeError);
    assert.strictEqual(table.intern(shared[1]), 1);
  });
});
