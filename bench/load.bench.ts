// Load figures. Issue 8's JSON path, kept as the in-process baseline: FactBase.fromJson (parse, check, index) of the
// compiled fact base against JSON.parse of the same string, at 1× and 100×, and how both grow. Issue 19's: the
// shipped pack, loaded meaning every surface below can answer its first request (firstRequests: a hover's card, the
// Countries view with one country expanded), and how that grows from 1× to 100×.
import { FactBase } from '../src/core/factBase';
import { firstRequests, hoverTask } from './firstRequests';
import { type Figure, fastestMsWarm, registerBench, retainedMb } from './harness';

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
  const jsonGrowth = hundred.loadMs / one.loadMs;
  const parseGrowth = hundred.parseMs / one.parseMs;
  const packMs = (scale: 1 | 100, repeats: number) => {
    ctx.log(`timing the ${scale}× pack to its first requests`);
    const pack = ctx.factBasePack(scale);
    const task = hoverTask(ctx.factBase(scale));
    const [ms] = fastestMsWarm(repeats, ctx.sizes.warmUpMs, () => firstRequests(pack, task));
    return { ms, heapMb: pack.byteLength / 1e6 + retainedMb(() => firstRequests(pack, task)).mb, packMb: pack.byteLength / 1e6 };
  };
  // Opening a pack costs about the same at both scales, so 1× needs as many runs as the JSON path's.
  const packOne = packMs(1, Math.max(ctx.sizes.repeats, 200)).ms;
  const { ms: packHundred, heapMb, packMb } = packMs(100, Math.max(ctx.sizes.repeats, 50));
  const figures: Figure[] = [
    {
      key: 'load_vs_json_parse', value: Math.max(one.ratio, hundred.ratio), goal: { op: '<=', target: 3 },
      note: `the worse of 1× (${one.ratio.toFixed(2)}: ${one.loadMs.toFixed(1)} vs ${one.parseMs.toFixed(1)} ms) and 100× (${hundred.ratio.toFixed(2)}: ${hundred.loadMs.toFixed(0)} vs ${hundred.parseMs.toFixed(0)} ms)`,
    },
    {
      key: 'load_100x_vs_1x', value: packHundred / packOne, goal: { op: '<=', target: 120 },
      note: `the pack to its first requests: ${packOne.toFixed(2)} ms at 1×, ${packHundred.toFixed(2)} ms at 100×`,
    },
    {
      key: 'heap_mb_100x_first_requests', value: heapMb,
      note: `the pack's bytes (${packMb.toFixed(0)} MB, kept: records are decoded from them) and what the first requests retain`,
    },
    {
      key: 'load_json_100x_vs_1x', value: jsonGrowth,
      note: `issue 8's JSON path, FactBase.fromJson; the 100× JSON.parse alone takes ${(hundred.parseMs / one.loadMs).toFixed(0)}× its whole 1× load`,
    },
    {
      key: 'json_parse_100x_vs_1x', value: parseGrowth,
      note: `JSON.parse alone on the same inputs, timed alike; the JSON load grows ${(jsonGrowth / parseGrowth).toFixed(2)}× as fast`,
    },
  ];
  return figures;
});
