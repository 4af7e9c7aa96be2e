// Numbers in typed arrays of a fixed size, added as they fill: millions of postings in plain arrays cost more in the
// collector than in work, and doubling one array moved tens of megabytes at once, which set off a full collection.

import type { Sliced } from '../slicedTask';

const CHUNK_BITS = 16;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

export class GrowingArray<A extends Uint32Array | Uint16Array> {
  private readonly chunks: A[] = [];
  length = 0;

  constructor(private readonly Make: new (length: number) => A) {}

  push(value: number): void {
    const offset = this.length & CHUNK_MASK;
    if (offset === 0) {
      this.chunks.push(new this.Make(CHUNK_MASK + 1));
    }
    this.chunks[this.chunks.length - 1][offset] = value;
    this.length++;
  }

  at(i: number): number {
    return this.chunks[i >>> CHUNK_BITS][i & CHUNK_MASK];
  }

  /** The numbers in one typed array, a chunk copied per pause: its pages fault in a few at a time (see writtenInSlices). */
  *inSlices(): Sliced<A> {
    const all = new this.Make(this.length);
    for (let c = 0; c < this.chunks.length; c++) {
      all.set(this.filled(c), c << CHUNK_BITS);
      yield;
    }
    return all;
  }

  private filled(c: number): A {
    return this.chunks[c].subarray(0, Math.min(CHUNK_MASK + 1, this.length - (c << CHUNK_BITS))) as A;
  }
}
