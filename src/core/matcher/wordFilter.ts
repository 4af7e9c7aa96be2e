// A Bloom-style filter on how names begin in text: by their first word, or (after a common word) by their first two
// words. The scan hashes each word as it passes and, at each word end, probes the slot of that word for two bits,
// "may begin a name" and "may follow this previous word in a name", with one load and no branch; only hits cost a
// trie walk.

/**
 * Odd multipliers tried in turn (then with more slots) until no word hashes to slot 0, which gaps probe, and no
 * first word hashes to 0, which the scan keeps for "no word yet".
 */
const MULTIPLIERS = [0x01000193, 0x9e3779b1, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f, 0x165667b1];
/** Mixes the previous word's hash into the choice of pair bit. */
export const PAIR_MIX = 0x2545f491;
const MIN_SLOTS = 1024;

export class WordFilter {
  private constructor(
    /** Bits 0–15: first words, by the word's hash; bits 16–31: second words, by the previous word's hash. */
    readonly slots: Uint32Array,
    readonly mask: number,
    readonly multiplier: number,
  ) {}

  static build(firstWords: readonly (readonly number[])[], pairs: readonly (readonly [readonly number[], readonly number[]])[]): WordFilter {
    let size = MIN_SLOTS;
    while (size < (firstWords.length + pairs.length) * 4) {
      size *= 2;
    }
    for (; ; size *= 2) {
      const mask = size - 1;
      for (const multiplier of MULTIPLIERS) {
        const firstHashes = firstWords.map(w => hashUnits(w, multiplier));
        const pairHashes = pairs.map(([a, b]) => [hashUnits(a, multiplier), hashUnits(b, multiplier)]);
        if (firstHashes.every(h => (h & mask) !== 0) && pairHashes.every(([p, h]) => p !== 0 && (h & mask) !== 0)) {
          const slots = new Uint32Array(size);
          for (const h of firstHashes) {
            slots[h & mask] |= 1 << firstBit(h);
          }
          for (const [previous, h] of pairHashes) {
            slots[h & mask] |= 1 << pairBit(previous);
          }
          return new WordFilter(slots, mask, multiplier);
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

export function firstBit(h: number): number {
  return h >>> 28;
}

export function pairBit(previous: number): number {
  return 16 | (Math.imul(previous, PAIR_MIX) >>> 28);
}
