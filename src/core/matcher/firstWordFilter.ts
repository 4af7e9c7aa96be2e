// A Bloom-style bit set of the folded words names can begin with. The scan hashes every word of the text as it
// passes and probes this set without branching, so only words that may begin a name cost a trie walk.

/**
 * Odd multipliers tried in turn (then with a larger set) until no word hashes to slot 0, which the scan probes
 * between words.
 */
const MULTIPLIERS = [0x01000193, 0x9e3779b1, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f, 0x165667b1];
const MIN_BYTES = 1024;

export class FirstWordFilter {
  private constructor(
    /** Slot `mask + 1` is always 0: word characters probe it, so the scan needs no branch there. */
    readonly bits: Uint8Array,
    readonly mask: number,
    readonly multiplier: number,
  ) {}

  static build(words: readonly (readonly number[])[]): FirstWordFilter {
    let bytes = MIN_BYTES;
    while (bytes < words.length * 2) {
      bytes *= 2;
    }
    for (; ; bytes *= 2) {
      const mask = bytes - 1;
      for (const multiplier of MULTIPLIERS) {
        const hashes = words.map(w => hashUnits(w, multiplier));
        if (hashes.every(h => (h & mask) !== 0)) {
          const bits = new Uint8Array(bytes + 1);
          for (const h of hashes) {
            bits[h & mask] |= 1 << (h >>> 29);
          }
          return new FirstWordFilter(bits, mask, multiplier);
        }
      }
    }
  }
}

/** The scan's word hash, computed the same way: one multiply-add per folded unit. */
export function hashUnits(units: readonly number[], multiplier: number): number {
  let h = 0;
  for (const u of units) {
    h = (Math.imul(h, multiplier) + u) | 0;
  }
  return h;
}
