// The name matcher's tables as pack sections: the build stores the shipped base's matcher ready-built, and the
// extension wraps the sections in views instead of building it (seconds at 100× the bundled base).
import { KeyEntries } from '../matcher/keyEntries';
import { LabelTrie } from '../matcher/labelTrie';
import { NameMatcher } from '../matcher/nameMatcher';
import { WordFilter } from '../matcher/wordFilter';
import { type PackReader, stringSections } from './packFile';

interface MatcherHeader {
  multiplier: number;
  window: number;
  longestLabels: number;
  deepSeparators: [number, readonly number[]][];
}

export function matcherSections(matcher: NameMatcher): { header: MatcherHeader; sections: Record<string, Uint8Array | Int32Array | Uint32Array> } {
  const { trie, keyEntries, filter } = matcher;
  return {
    header: {
      multiplier: filter.multiplier, window: matcher.window, longestLabels: matcher.longestLabels,
      deepSeparators: [...keyEntries.deepSeparators],
    },
    sections: {
      'matcher.trie': trie.cells, 'matcher.rows': keyEntries.rows, 'matcher.filter': filter.slots, 'matcher.pairs': filter.pairKeys,
      ...stringSections('matcher.entityIds', keyEntries.entityIds), ...stringSections('matcher.texts', keyEntries.texts),
    },
  };
}

export function matcherFromPack(pack: PackReader): NameMatcher {
  const h = pack.header.matcher as MatcherHeader;
  return new NameMatcher(
    new LabelTrie(pack.i32('matcher.trie')),
    new KeyEntries(pack.i32('matcher.rows'), pack.strings('matcher.entityIds'), pack.strings('matcher.texts'), new Map(h.deepSeparators)),
    new WordFilter(pack.u32('matcher.filter'), h.multiplier, pack.i32('matcher.pairs')),
    h.window,
    h.longestLabels,
  );
}
