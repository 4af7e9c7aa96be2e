// Hover figures of issue 8: one hover request's core work (matchAt on the hovered line, then the card built and
// rendered), as the hover provider does it, in a 10 MB document vs a 1 KB one, and on a 1 MB line vs a short one.
// The provider reads only the hovered line (document.lineAt), so a document is modelled as its lines.
import { buildEntityCard, renderCardMarkdown } from '../src/core/card';
import type { FactBase } from '../src/core/factBase';
import type { NameMatcher } from '../src/core/matcher';
import { type Figure, fastestMs, registerBench } from './harness';
import { matcher100, model100 } from './matcher.bench';

interface HoverPoint {
  line: number;
  character: number;
}

const SHORT_DOCUMENT_CHARS = 1000;
const HOVER_POINTS = 20;
/** Each timed sample hovers every point this many times, so a sample (tens of ms) is well above timer noise. */
const ROUNDS = 2000;

registerBench('hover', ctx => {
  const factBase = model100(ctx);
  const matcher = matcher100(ctx).value;
  const hover = (lines: readonly string[], points: readonly HoverPoint[]) => () => {
    let size = 0;
    for (let r = 0; r < ROUNDS; r++) {
      for (const p of points) {
        size += hoverWork(factBase, matcher, lines[p.line], p.character).length;
      }
    }
    return size;
  };

  // The short document is the first 1 KB of the corpus; the long one is the 10 MB corpus with the same lines last,
  // so both hover the same names and build the same cards.
  const short = ctx.corpus('prose-10mb').slice(0, SHORT_DOCUMENT_CHARS).split('\n');
  const long = [...ctx.corpus('prose-10mb').split('\n'), ...short];
  const shortPoints = hoverPoints(factBase, matcher, short);
  const longPoints = shortPoints.map(p => ({ line: p.line + long.length - short.length, character: p.character }));
  ctx.log('timing hovers in a 10 MB and a 1 KB document');
  const [longMs, shortMs] = fastestMs(ctx.sizes.repeats, hover(long, longPoints), hover(short, shortPoints));

  // The long line is the 1 MB single-line corpus; the short line, the name hovered in its middle with a little text on each side.
  const line = ctx.corpus('single-line-1mb');
  const middle = matcher.findAll(line, line.length >> 1).filter(m => cardable(factBase, m.entityIds, m.ambiguous)).slice(0, HOVER_POINTS);
  const lineHovers = middle.map(m => {
    const from = Math.max(0, line.lastIndexOf(' ', m.start - 40) + 1);
    const to = line.indexOf(' ', m.end + 40);
    const shortLine = line.slice(from, to < 0 ? line.length : to);
    return { long: { line: 0, character: m.start + 1 }, shortLine, short: { line: 0, character: m.start + 1 - from } };
  });
  ctx.log('timing hovers on a 1 MB line and a short one');
  const [longLineMs, shortLineMs] = fastestMs(
    ctx.sizes.repeats,
    hover([line], lineHovers.map(h => h.long)),
    () => lineHovers.reduce((size, h) => size + (hover([h.shortLine], [h.short])() as number), 0),
  );
  const figures: Figure[] = [
    {
      key: 'hover_10mb_vs_1kb', value: longMs / shortMs, goal: { op: '<=', target: 1.5 },
      note: `${shortPoints.length} names hovered ×${ROUNDS}, ${cardCount(factBase, matcher, short, shortPoints)} with a card; ${(shortMs * 1000 / (ROUNDS * shortPoints.length)).toFixed(1)} µs per hover`,
    },
    {
      key: 'hover_long_line_vs_short', value: longLineMs / shortLineMs, goal: { op: '<=', target: 3 },
      note: `${lineHovers.length} names hovered ×${ROUNDS}`,
    },
  ];
  return figures;
});

/** What the hover provider does for one position: the match there, then its card as Markdown ('' for none). */
function hoverWork(factBase: FactBase, matcher: NameMatcher, lineText: string, character: number): string {
  const match = matcher.matchAt(lineText, character);
  if (!match || match.ambiguous || match.entityIds.length !== 1) {
    return '';
  }
  const card = buildEntityCard(factBase, match.entityIds[0]);
  return card ? renderCardMarkdown(card, match) : '';
}

function cardCount(factBase: FactBase, matcher: NameMatcher, lines: readonly string[], points: readonly HoverPoint[]): number {
  return points.filter(p => hoverWork(factBase, matcher, lines[p.line], p.character) !== '').length;
}

function cardable(factBase: FactBase, entityIds: readonly string[], ambiguous: boolean): boolean {
  return !ambiguous && entityIds.length === 1 && factBase.entity(entityIds[0]) !== undefined;
}

/**
 * Up to HOVER_POINTS positions on names, one character into each: every name the matcher finds, as a user hovers
 * them (a shared name gets no card, but its request does the same matching); at least one must get a card.
 */
function hoverPoints(factBase: FactBase, matcher: NameMatcher, lines: readonly string[]): HoverPoint[] {
  const points: HoverPoint[] = [];
  let cards = 0;
  lines.forEach((text, line) => {
    for (const m of matcher.findAll(text)) {
      if (points.length < HOVER_POINTS) {
        points.push({ line, character: m.start + 1 });
        cards += cardable(factBase, m.entityIds, m.ambiguous) ? 1 : 0;
      }
    }
  });
  if (cards === 0) {
    throw new Error('no name with a card to hover in the short document');
  }
  return points;
}
