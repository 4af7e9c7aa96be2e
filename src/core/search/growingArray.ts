// Numbers in typed arrays of a fixed size, added as they fill: millions of postings in plain arrays cost more in the
// collector than in work, and doubling one array moved tens of megabytes at once, which set off a full collection.

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

  toArray(): A {
    const all = new this.Make(this.length);
    this.chunks.forEach((chunk, c) => all.set(chunk.subarray(0, Math.min(chunk.length, this.length - c * chunk.length)), c * chunk.length));
    return all;
  }
}
