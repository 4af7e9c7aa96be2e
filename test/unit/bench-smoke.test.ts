// A smoke run of every bench suite (bench/*.bench.ts) on tiny inputs: the bench code runs, reports its figures, and
// the matcher agrees with its oracle. Times are never asserted.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as harness from '../../bench/harness';
import { BenchContext, SMOKE_SIZES, fastestMsWarm, runBenches } from '../../bench/harness';
import { generateFactBase, factBaseSize } from '../../bench/syntheticFactBase';
// Every bench/*.bench.ts registers its suite on import; list each one here (the first test checks the list).
import '../../bench/bundle.bench';
import '../../bench/check.bench';
import '../../bench/coldStart.bench';
import '../../bench/hover.bench';
import '../../bench/load.bench';
import '../../bench/matcher.bench';
import '../../bench/search.bench';
import '../../bench/timeline.bench';
import '../../bench/workspaceLoad.bench';

const SUITE_FILES = ['bundle.bench.ts', 'check.bench.ts', 'coldStart.bench.ts', 'hover.bench.ts', 'load.bench.ts', 'matcher.bench.ts', 'search.bench.ts', 'timeline.bench.ts',
  'workspaceLoad.bench.ts'];

const benchDir = path.join(__dirname, '../../bench');

describe('bench smoke run', function () {
  this.timeout(120_000);

  it('imports every suite in bench/', () => {
    assert.deepStrictEqual(fs.readdirSync(benchDir).filter(f => f.endsWith('.bench.ts')).sort(), SUITE_FILES);
  });

  it('generates the same fact base for the same seed, every entity and quote in place', () => {
    const a = generateFactBase(factBaseSize(1, 0.05));
    assert.deepStrictEqual(generateFactBase(factBaseSize(1, 0.05)), a);
    const ids = new Set(a.entities.map(e => e.id));
    assert.strictEqual(ids.size, a.entities.length);
    const texts = new Map(a.sources.map(s => [s.id, s.text]));
    for (const e of a.entities) {
      assert.ok(e.evidence.length > 0, e.id);
      assert.ok(e.evidence.every(ev => texts.get(ev.source)?.slice(ev.start, ev.end) === ev.quote), e.id);
    }
    for (const st of a.statements) {
      assert.ok(st.actors.every(id => ids.has(id)), st.id);
      for (const ev of st.evidence) {
        assert.strictEqual(texts.get(ev.source)?.slice(ev.start, ev.end), ev.quote, st.id);
      }
    }
  });

  it('runs every suite on tiny inputs and reports its figures', () => {
    const results = runBenches(new BenchContext(SMOKE_SIZES));
    assert.deepStrictEqual(results.filter(r => r.error).map(r => `${r.suite}: ${r.error}`), []);
    const figures = new Map(results.flatMap(r => r.figures.map(f => [f.key, f.value])));
    const positive = [
      'matcher_mb_s', 'matcher_vs_floor', 'matcher_free_walks_vs_floor', 'matcher_vs_aho', 'matcher_vs_trie',
      'hover_10mb_vs_1kb', 'hover_long_line_vs_short', 'load_vs_json_parse', 'load_100x_vs_1x', 'json_parse_100x_vs_1x',
      'search_vs_fuse', 'search_vs_ufuzzy', 'bundle_kb', 'recheck_edit_1mb_vs_1kb',
      'cold_start_100x_vs_json_parse', 'cold_longest_step_vs_json_parse_100x', 'cold_start_bundled_pack_vs_json', 'load_json_100x_vs_1x',
    ];
    for (const key of positive) {
      assert.ok(typeof figures.get(key) === 'number' && (figures.get(key) as number) > 0, key);
    }
    // Heap figures are NaN here: mocha runs without --expose-gc.
    assert.ok(['heap_mb_matcher_100x', 'heap_mb_100x', 'heap_mb_100x_first_requests'].every(key => typeof figures.get(key) === 'number'));
    assert.strictEqual(figures.get('matcher_disagreements'), 0);
    assert.strictEqual(figures.get('activation_parses_yaml'), false);
    // Smoke-sized names are unique enough that every exact name must rank its entity first.
    assert.strictEqual(figures.get('search_top1_exact'), 1);
  });

  it('times large builds after a warm-up, each timed run without the previous result', () => {
    const seen: { fn: string; sinkBefore: unknown }[] = [];
    const run = (fn: string) => () => {
      seen.push({ fn, sinkBefore: harness.sink });
      return { fn };
    };
    const times = fastestMsWarm(3, 0, run('a'), run('b'));
    assert.strictEqual(times.length, 2);
    assert.ok(times.every(ms => ms >= 0 && Number.isFinite(ms)));
    // One untimed run each (a warm-up of 0 ms still runs once), then three timed turns in alternation.
    assert.deepStrictEqual(seen.map(s => s.fn), ['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']);
    assert.deepStrictEqual(seen[1].sinkBefore, { fn: 'a' }, 'the sink is seen live here');
    assert.ok(seen.slice(2).every(s => s.sinkBefore === undefined));
    assert.strictEqual(harness.sink, undefined);
  });
});
