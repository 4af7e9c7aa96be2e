// What the matcher would take if its walks cost nothing: the real scan, candidates and word edges, and the matches
// stored and read as the bench reads them, with each walk's outcome (through the trie, then which entries fit)
// replayed from a recording of the real matcher on the same text. So faster walks alone can reach at most this
// (issue 19: DEVELOPERS.md, "A sixth look").
import { NameMatcher, type NameMatches } from '../../src/core/matcher';

/** NameMatcher's private walk, which this replaces on a copy of the matcher. */
type LongestFrom = (this: NameMatcher, text: string, start: number, to: number, out: NameMatches) => number;

/**
 * A run of `matcher` over `text` with its walks replayed. The walk is replaced on a copy, so time it after the real
 * matcher: the shared code that calls the walk sees two kinds of matcher from then on. The later suites' matcher
 * figures are ratios of two runs that both go through that code.
 */
export function freeWalksRun(matcher: NameMatcher, text: string): () => NameMatches {
  const copy = new NameMatcher(matcher.trie, matcher.keyEntries, matcher.filter, matcher.window, matcher.longestLabels);
  const walking = copy as unknown as { longestFrom: LongestFrom };
  const walk = walking.longestFrom;
  if (typeof walk !== 'function') {
    throw new Error('NameMatcher.longestFrom is gone: bench/matcher/freeWalks.ts needs its new name');
  }
  // Per walk: the end it returned (-1: no match), and the first row and fit of the match it stored.
  const recorded: number[] = [];
  walking.longestFrom = function (t, start, to, out) {
    const end = walk.call(this, t, start, to, out);
    const { cells } = out as unknown as { cells: Int32Array };
    const at = 4 * (out.count - 1);
    recorded.push(end, end >= 0 ? cells[at + 2] : 0, end >= 0 ? cells[at + 3] : 0);
    return end;
  };
  const real = copy.matches(text);
  const outcomes = Int32Array.from(recorded);
  let next = 0;
  walking.longestFrom = (_t, start, _to, out) => {
    const end = outcomes[next];
    if (end >= 0) {
      out.push(start, end, outcomes[next + 1], outcomes[next + 2]);
    }
    next += 3;
    return end;
  };
  const run = () => {
    next = 0;
    return copy.matches(text);
  };
  const replayed = run();
  for (let i = 0; i < Math.max(real.count, replayed.count); i++) {
    if (i >= real.count || i >= replayed.count || real.start(i) !== replayed.start(i) || real.end(i) !== replayed.end(i) ||
      real.entityIds(i) !== replayed.entityIds(i)) {
      throw new Error(`the replayed walks found other matches than the real ones (at match ${i})`);
    }
  }
  return run;
}
