// Load figures of issue 8: FactBase.fromJson (parse, check, index) of the compiled fact base against JSON.parse of
// the same string, at 1× and 100×, and how the load and JSON.parse alone grow from 1× to 100×.
import { FactBase } from '../src/core/factBase';
import { type Figure, fastestMsWarm, registerBench } from './harness';

registerBench('load', ctx => {
  const ms = (scale: 1 | 100, repeats: number) => {
    const json = ctx.factBaseJson(scale);
    ctx.log(`timing the ${scale}× load (${(json.length / 1e6).toFixed(1)} M chars of JSON)`);
    // Both scales are timed alike: warmed up, the previous result dropped, fastest of `repeats`.
    const [loadMs, parseMs] = fastestMsWarm(repeats, ctx.sizes.warmUpMs, () => FactBase.fromJson(json), () => JSON.parse(json));
    return { loadMs, parseMs, ratio: loadMs / parseMs };
  };
  // Enough runs at each scale for the timed ones to span seconds, so the fastest is steady on a shared machine: a 1×
  // run takes milliseconds, and the fastest of 10 ranged from 5.6 to 10.9 ms between runs of the bench where the
  // fastest of 200 stayed within 5.4–5.8 ms. Each 100× run takes seconds: three are enough.
  const one = ms(1, Math.max(ctx.sizes.repeats, 200));
  const hundred = ms(100, Math.min(ctx.sizes.repeats, 3));
  const loadGrowth = hundred.loadMs / one.loadMs;
  const parseGrowth = hundred.parseMs / one.parseMs;
  const figures: Figure[] = [
    {
      key: 'load_vs_json_parse', value: Math.max(one.ratio, hundred.ratio), goal: { op: '<=', target: 3 },
      note: `the worse of 1× (${one.ratio.toFixed(2)}: ${one.loadMs.toFixed(1)} vs ${one.parseMs.toFixed(1)} ms) and 100× (${hundred.ratio.toFixed(2)}: ${hundred.loadMs.toFixed(0)} vs ${hundred.parseMs.toFixed(0)} ms)`,
    },
    {
      key: 'load_100x_vs_1x', value: loadGrowth, goal: { op: '<=', target: 120 },
      note: `JSON.parse alone grows ${parseGrowth.toFixed(0)}×; the 100× JSON.parse alone takes ${(hundred.parseMs / one.loadMs).toFixed(0)}× the whole 1× load`,
    },
    {
      key: 'json_parse_100x_vs_1x', value: parseGrowth,
      note: `JSON.parse alone on the same inputs, timed alike; the load grows ${(loadGrowth / parseGrowth).toFixed(2)}× as fast`,
    },
  ];
  return figures;
});
