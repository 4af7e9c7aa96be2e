// The search index's document ids and numbers by id: the ids in a StringColumn, found through an open-addressed
// table of their hashes, where a Map would hold every id as a string object for the collector to trace.
import { stringHash } from '../stringHash';
import { StringColumn } from './stringColumn';

export class DocumentIds {
  private readonly ids = new StringColumn();
  /** Number + 1 of the id in the slot, 0 for a free slot; at most half full. */
  private readonly slots: Int32Array;
  private readonly hashes: Uint32Array;

  /** For up to `capacity` distinct ids. */
  constructor(capacity: number) {
    let size = 16;
    while (size < 2 * capacity) {
      size *= 2;
    }
    this.slots = new Int32Array(size);
    this.hashes = new Uint32Array(size);
  }

  get count(): number {
    return this.ids.length;
  }

  /** The number of `id`, or undefined. */
  find(id: string): number | undefined {
    const slot = this.slotOf(id, stringHash(id));
    return this.slots[slot] === 0 ? undefined : this.slots[slot] - 1;
  }

  /** The number of `id`: the one it has, else the next (`count` before the call), given to it now. */
  intern(id: string): number {
    const hash = stringHash(id);
    const slot = this.slotOf(id, hash);
    if (this.slots[slot] === 0) {
      if (2 * (this.count + 1) > this.slots.length) {
        throw new RangeError(`more than ${this.slots.length / 2} distinct ids`); // not user text: a caller's bug (capacity)
      }
      this.slots[slot] = this.ids.push(id) + 1;
      this.hashes[slot] = hash;
    }
    return this.slots[slot] - 1;
  }

  idAt(n: number): string {
    return this.ids.at(n);
  }

  /** UTF-16 code unit order of the ids of documents a and b. */
  compare(a: number, b: number): number {
    return this.ids.compare(a, b);
  }

  /** The slot holding `id`, else the free slot where it would go. */
  private slotOf(id: string, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0 && !(this.hashes[slot] === hash && this.ids.equals(this.slots[slot] - 1, id))) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }
}
