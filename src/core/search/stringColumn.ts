// Strings kept as their UTF-16 units in typed arrays and read back one at a time. The search index holds an id for
// each of its 420k documents at 100× the data (and each sentence the id it reveals); held as string objects, they
// made the collector's pauses the first search's longest steps (53–93 against 20–27 ms a step, measured).
import { GrowingArray } from './growingArray';

const CHUNK_UNITS = 1 << 16;

export class StringColumn {
  /** No string straddles two chunks, so each reads back with one call. */
  private readonly chunks: Uint16Array[] = [];
  private used = 0;
  /** String i: lengths[i] units from starts[i] in chunks[chunkOf[i]]. */
  private readonly chunkOf = new GrowingArray(Uint32Array);
  private readonly starts = new GrowingArray(Uint32Array);
  private readonly lengths = new GrowingArray(Uint32Array);

  get length(): number {
    return this.lengths.length;
  }

  /** Adds `s` as string `length` (the number returned). */
  push(s: string): number {
    let chunk = this.chunks[this.chunks.length - 1];
    if (!chunk || this.used + s.length > chunk.length) {
      chunk = new Uint16Array(Math.max(CHUNK_UNITS, s.length));
      this.chunks.push(chunk);
      this.used = 0;
    }
    for (let k = 0; k < s.length; k++) {
      chunk[this.used + k] = s.charCodeAt(k);
    }
    this.chunkOf.push(this.chunks.length - 1);
    this.starts.push(this.used);
    this.lengths.push(s.length);
    this.used += s.length;
    return this.length - 1;
  }

  at(i: number): string {
    const start = this.starts.at(i);
    const units = this.chunks[this.chunkOf.at(i)].subarray(start, start + this.lengths.at(i));
    return String.fromCharCode.apply(null, units as unknown as number[]);
  }

  equals(i: number, s: string): boolean {
    if (this.lengths.at(i) !== s.length) {
      return false;
    }
    const chunk = this.chunks[this.chunkOf.at(i)];
    const start = this.starts.at(i);
    for (let k = 0; k < s.length; k++) {
      if (chunk[start + k] !== s.charCodeAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** UTF-16 code unit order of strings i and j, as `<` orders strings. */
  compare(i: number, j: number): number {
    const a = this.chunks[this.chunkOf.at(i)];
    const b = this.chunks[this.chunkOf.at(j)];
    const aStart = this.starts.at(i);
    const bStart = this.starts.at(j);
    const aLength = this.lengths.at(i);
    const bLength = this.lengths.at(j);
    for (let k = 0; k < aLength && k < bLength; k++) {
      const diff = a[aStart + k] - b[bStart + k];
      if (diff !== 0) {
        return diff;
      }
    }
    return aLength - bLength;
  }
}
