// Timeline figures of issue 18: the layout (lanes, marks, rows) of every statement at 100× against 1×, and what
// drawing a whole-domain window costs at 100× once marksInView has clustered it to the webview's cap.
import { FactBase } from '../src/core/factBase';
import { layoutTimeline, marksInView, timelineStatements } from '../src/core/timeline';
import { type Figure, fastestMsWarm, registerBench } from './harness';
import { model100 } from './matcher.bench';

/** The webview's cap on marks drawn at once (src/webview/timeline). */
const CAP = 600;

registerBench('timeline', ctx => {
  const one = new FactBase(ctx.factBase(1));
  const hundred = model100(ctx);
  const statementsOne = timelineStatements(one, []);
  const statementsHundred = timelineStatements(hundred, []);
  ctx.log(`timing the timeline layout of ${statementsOne.length} and ${statementsHundred.length} statements`);
  const [oneMs] = fastestMsWarm(Math.max(ctx.sizes.repeats, 50), ctx.sizes.warmUpMs, () => layoutTimeline(one, statementsOne));
  const [hundredMs] = fastestMsWarm(ctx.sizes.repeats, ctx.sizes.warmUpMs, () => layoutTimeline(hundred, statementsHundred));
  const layout = layoutTimeline(hundred, statementsHundred);
  const [viewMs] = fastestMsWarm(ctx.sizes.repeats, ctx.sizes.warmUpMs, () => marksInView(layout, layout.domain[0], layout.domain[1], CAP));
  const figures: Figure[] = [
    {
      key: 'timeline_layout_100x_vs_1x', value: hundredMs / oneMs, goal: { op: '<=', target: 120 },
      note: `${oneMs.toFixed(2)} ms for ${statementsOne.length} statements, ${hundredMs.toFixed(0)} ms for ${statementsHundred.length}`,
    },
    {
      key: 'timeline_view_ms_100x', value: viewMs,
      note: `marksInView over the whole 100× domain, ${marksInView(layout, layout.domain[0], layout.domain[1], CAP).length} marks for ${layout.events.length} events (cap ${CAP})`,
    },
  ];
  return figures;
});
