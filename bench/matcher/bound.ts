// What matcher_vs_floor can reach at best: the work any matcher of whole, folded words must do on a text, and
// nothing more. Per character, a fold-table look-up and a step of the word's hash; per word, one probe of a compact
// filter of the words the names begin with; per word the filter lets through, one read of the names' data (the
// real trie, at an independent place, so the processor can overlap these reads as no real walk can); per match
// the real matcher found, one read of its entity's id. There is no walk, no fit check and no match stored.
import { codeTables } from '../../src/core/matcher/codeTables';
import { compileName } from '../../src/core/matcher/compileName';
import type { NameEntry, NameMatcher, NameMatches } from '../../src/core/matcher';
import { hashUnits } from '../../src/core/matcher/wordFilter';

/** The idealised matcher over `entries` for `text`, given the real matcher (for its trie and its matches' entities). */
export function idealMatcher(entries: readonly NameEntry[], matcher: NameMatcher, text: string): () => number {
  const multiplier = matcher.filter.multiplier | 0;
  const filter = bloomOf(entries, multiplier);
  const mask = filter.length - 1;
  const { scanUnits } = codeTables();
  const names = matcher.trie.cells;
  // A power of two within the trie, so the read's place is a mask, not a division.
  const namesMask = 2 ** Math.floor(Math.log2(names.length)) - 1;
  // Chosen before the timing: a real matcher must find them, the bound only reads them.
  const entities = entityIdsOf(matcher.matches(text));
  // Branch-free, as the shipped scan: the same loop branching per character (on a word character, then on a word
  // end) measured 54–57 against 33–47 ms.
  return () => {
    let sum = 0;
    let h = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = scanUnits[text.charCodeAt(i)];
      const isWord = ((unit + 0xffff) << 15) >> 31;
      const ended = h & ~isWord;
      const bits = bitsOf(ended);
      if ((filter[ended & mask] & bits) === bits) {
        sum += names[(ended >>> 8) & namesMask];
      }
      h = (Math.imul(h, multiplier) + unit) & isWord;
    }
    for (const id of entities) {
      sum += id.length;
    }
    return sum;
  };
}

/**
 * The first words (and two-word openings' lead words) of the names, in a blocked Bloom filter of 16 bits a word,
 * two bits in one 32-bit slot: one load a probe, and small enough (512 KB at 100×) to stay in the L2 cache, where
 * the shipped filter's 1 bit in 64 (4 MB) does not.
 */
function bloomOf(entries: readonly NameEntry[], multiplier: number): Int32Array {
  const hashes = new Set<number>();
  for (const entry of entries) {
    const compiled = compileName(entry.text);
    for (const word of [...compiled?.firstWords ?? [], ...compiled?.wordPairs.map(([lead]) => lead) ?? []]) {
      hashes.add(hashUnits(word, multiplier));
    }
  }
  let size = 1024;
  while (size * 32 < hashes.size * 16) {
    size *= 2;
  }
  const filter = new Int32Array(size);
  for (const h of hashes) {
    filter[h & (size - 1)] |= bitsOf(h);
  }
  // Inside a word the branch-free scan probes hash 0, whose one bit must not be set.
  filter[0] &= ~bitsOf(0);
  return filter;
}

/** A word's two bits in its slot: from the hash's top bits, which the slot index does not use. */
function bitsOf(h: number): number {
  return (1 << (h >>> 27)) | (1 << ((h >>> 22) & 31));
}

function entityIdsOf(matches: NameMatches): string[] {
  return Array.from({ length: matches.count }, (_, i) => matches.entityIds(i)[0]);
}
