// Name-matching figures of issue 8: the matcher on the 10 MB corpus with the 100× names, against the charCodeAt
// floor, Aho–Corasick and a Map trie; its agreement with the oracle; its retained heap. (Issue 19 retired the RegExp
// alternation: at 200× it restated the floor goal.)
import { FactBase } from '../src/core/factBase';
import { type NameMatch, NameMatcher, type NameMatches, nameEntriesOf } from '../src/core/matcher';
import {
  type BenchContext, type Figure, fastestMs, floorHash, mbPerSecond, mbPerSecondOnPrefix, registerBench, retainedMb,
} from './harness';
import { ahoCorasickBaseline, mapTrieBaseline, type Span } from './matcher/baselines';
import { idealMatcher } from './matcher/bound';
import { freeWalksRun } from './matcher/freeWalks';
import { OracleMatcher } from './matcher/oracle';

registerBench('matcher', ctx => {
  const entries = nameEntriesOf(model100(ctx));
  const { value: matcher, mb } = matcher100(ctx);
  const text = ctx.corpus('prose-10mb');
  ctx.log('timing the matcher and the floor');
  // With no names the filter never hits: this is the scan alone, the cost of reading text the matcher's way.
  const scanOnly = NameMatcher.fromEntries([]);
  const ideal = idealMatcher(matcher, text);
  const [floorMs, matcherMs, scanMs, idealMs] = fastestMs(
    ctx.sizes.repeats, () => floorHash(text), () => readEvery(matcher.matches(text)), () => readEvery(scanOnly.matches(text)), ideal);
  const matcherMbS = mbPerSecond(text.length, matcherMs);
  const versus = (name: string, build: () => (prefix: string) => Span[]) => {
    ctx.log(`timing the ${name} baseline`);
    const { mbPerSecond: baseline, chars } = mbPerSecondOnPrefix(text, ctx.sizes.baselineMs, build());
    return { ratio: matcherMbS / baseline, prefix: `on a ${chars}-char prefix, ${baseline.toPrecision(3)} MB/s` };
  };
  const aho = versus('Aho–Corasick', () => ahoCorasickBaseline(entries));
  ctx.log('timing the Map trie baseline');
  const trieMs = fastestMs(Math.min(ctx.sizes.repeats, 2), mapTrieBaseline(entries).bind(null, text))[0];
  // Last of the matcher's timings (see freeWalksRun), with the floor timed again beside it.
  ctx.log('timing the matcher with its walks replayed');
  const freeWalks = freeWalksRun(matcher, text);
  const [floorBesideMs, freeWalksMs] = fastestMs(ctx.sizes.repeats, () => floorHash(text), () => readEvery(freeWalks()));
  const figures: Figure[] = [
    { key: 'matcher_mb_s', value: matcherMbS, note: `${matcher.findAll(text).length} matches in ${text.length} chars, ${entries.length} names` },
    { key: 'matcher_vs_floor', value: matcherMbS / mbPerSecond(text.length, floorMs), goal: { op: '>=', target: 0.2 } },
    {
      key: 'matcher_scan_vs_floor', value: floorMs / scanMs,
      note: 'the scan alone (a matcher with no names: folding, word hashing, the filter probe; no walks, no matches)',
    },
    {
      key: 'matcher_ideal_vs_floor', value: floorMs / idealMs,
      note: `what matcher_vs_floor can reach at best (bench/matcher/bound.ts): only the work every such matcher must do, ${idealMs.toFixed(1)} ms against the floor's ${floorMs.toFixed(1)} and the matcher's ${matcherMs.toFixed(1)}`,
    },
    {
      key: 'matcher_free_walks_vs_floor', value: floorBesideMs / freeWalksMs,
      note: `what faster walks alone could reach (bench/matcher/freeWalks.ts): the matcher with each walk's outcome replayed, ${freeWalksMs.toFixed(1)} ms against the floor's ${floorBesideMs.toFixed(1)}`,
    },
    {
      key: 'matcher_vs_aho', value: aho.ratio, goal: { op: '>=', target: 15 },
      note: `modern-ahocorasick/unicode (compact), boundary unicode, leftmost-longest, ${aho.prefix}`,
    },
    {
      key: 'matcher_vs_trie', value: matcherMbS / mbPerSecond(text.length, trieMs), goal: { op: '>=', target: 4 },
      note: `${mbPerSecond(text.length, trieMs).toPrecision(3)} MB/s on the whole 10 MB`,
    },
    { key: 'matcher_disagreements', value: disagreements(ctx, matcher, entries), goal: { op: '===', target: 0 } },
    { key: 'heap_mb_matcher_100x', value: mb, note: 'retained by NameMatcher.fromEntries (typed arrays included)' },
  ];
  return figures;
});

/** Reads the start, end and entity of every match, as a whole-document scan must. */
function readEvery(matches: NameMatches): number {
  let sum = 0;
  for (let i = 0; i < matches.count; i++) {
    sum += matches.start(i) + matches.end(i) + matches.entityIds(i)[0].length;
  }
  return sum;
}

/** The 100× model, loaded as the extension loads it and shared by the suites, with the heap it retains. */
export function model100(ctx: BenchContext): FactBase {
  return retainedModel100(ctx).value;
}

export function retainedModel100(ctx: BenchContext): { value: FactBase; mb: number } {
  return ctx.memo('model-100x', () => {
    const json = ctx.factBaseJson(100);
    return retainedMb(() => FactBase.fromJson(json));
  });
}

/** The matcher over the 100× names, with the heap its build retained. */
export function matcher100(ctx: BenchContext): { value: NameMatcher; mb: number } {
  return ctx.memo('matcher-100x', () => {
    const entries = nameEntriesOf(model100(ctx));
    ctx.log('building the matcher');
    return retainedMb(() => NameMatcher.fromEntries(entries));
  });
}

/** Matches the matcher and the oracle do not share on the 1 MB corpus (each side's extras counted). */
function disagreements(ctx: BenchContext, matcher: NameMatcher, entries: ReturnType<typeof nameEntriesOf>): number {
  ctx.log('running the oracle');
  const sample = ctx.corpus('prose-1mb');
  const key = (m: NameMatch) => JSON.stringify(m);
  const fast = new Set(matcher.findAll(sample).map(key));
  const slow = new Set(new OracleMatcher(entries).findAll(sample).map(key));
  return [...fast].filter(k => !slow.has(k)).length + [...slow].filter(k => !fast.has(k)).length;
}
