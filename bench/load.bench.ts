// Load figures of issue 8: FactBase.fromJson (parse, check, index) of the compiled fact base against JSON.parse of
// the same string, at 1× and 100×, and how the load grows from 1× to 100×.
import { FactBase } from '../src/core/factBase';
import { type Figure, fastestMs, registerBench } from './harness';

registerBench('load', ctx => {
  const ms = (scale: 1 | 100, repeats: number) => {
    const json = ctx.factBaseJson(scale);
    ctx.log(`timing the ${scale}× load (${(json.length / 1e6).toFixed(1)} MB of JSON)`);
    const [loadMs, parseMs] = fastestMs(repeats, () => FactBase.fromJson(json), () => JSON.parse(json));
    return { loadMs, parseMs, ratio: loadMs / parseMs };
  };
  const one = ms(1, Math.max(ctx.sizes.repeats, 10));
  // Each 100× run takes seconds: three are enough for the fastest to be steady.
  const hundred = ms(100, Math.min(ctx.sizes.repeats, 3));
  const figures: Figure[] = [
    {
      key: 'load_vs_json_parse', value: Math.max(one.ratio, hundred.ratio), goal: { op: '<=', target: 3 },
      note: `the worse of 1× (${one.ratio.toFixed(2)}) and 100× (${hundred.ratio.toFixed(2)}); 100×: ${hundred.loadMs.toFixed(0)} ms vs ${hundred.parseMs.toFixed(0)} ms`,
    },
    {
      key: 'load_100x_vs_1x', value: hundred.loadMs / one.loadMs, goal: { op: '<=', target: 120 },
      note: `JSON.parse alone grows ${(hundred.parseMs / one.parseMs).toFixed(0)}× on the same inputs`,
    },
  ];
  return figures;
});
