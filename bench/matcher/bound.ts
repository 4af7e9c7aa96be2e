// What matcher_vs_floor can reach at best: the work any matcher of whole, folded words must do on a text, and
// nothing more. Per character, a fold-table look-up and a step of the word's hash; per word, one probe of the
// matcher's own filter of the words the names begin with; per word the filter lets through, one read of the names' data (the
// real trie, at an independent place, so the processor can overlap these reads as no real walk can); per match
// the real matcher found, one read of its entity's id. There is no walk, no fit check and no match stored.
import { SCAN_UNITS, codeTables } from '../../src/core/matcher/codeTables';
import type { NameMatcher, NameMatches } from '../../src/core/matcher';
import { FIRST_HIT, LEAD_HIT, bitOf, secondBitOf } from '../../src/core/matcher/wordFilter';

/** The idealised matcher for `text`, given the real matcher (its word filter, its trie and its matches' entities). */
export function idealMatcher(matcher: NameMatcher, text: string): () => number {
  const { slots, mask, multiplier: m } = matcher.filter;
  const multiplier = m | 0;
  codeTables();
  // As the shipped scan reads it (see SCAN_UNITS).
  const scanUnits = SCAN_UNITS;
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
      // The hash of the word ending here, else 0 (which no word of the names has: WordFilter); probed either way.
      const ended = h & ~isWord;
      const slot = slots[ended & mask];
      const hit = (slot >>> bitOf(ended)) & (slot >>> secondBitOf(ended)) & (FIRST_HIT | LEAD_HIT) & ((ended | Math.imul(ended, -1)) >> 31);
      if (hit !== 0) {
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

function entityIdsOf(matches: NameMatches): string[] {
  return Array.from({ length: matches.count }, (_, i) => matches.entityIds(i)[0]);
}
