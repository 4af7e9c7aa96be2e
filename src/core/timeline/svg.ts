// The timeline as a standalone SVG file (Export Timeline as SVG…): the lanes and marks of the current window and
// filters, in a fixed light palette (a file has no theme), each mark titled with its date and summary. Every piece
// of data is XML-escaped; the only markup is this file's own.
import { scaleUtc } from 'd3-scale';
import type { StatementStatus } from '../model';
import type { TimelineEvent, TimelineLayout } from './model';

const WIDTH = 1200;
const LABEL_WIDTH = 170;
const ROW = 20;
const AXIS = 32;
const COLOURS: Record<StatementStatus, string> = { occurred: '#1a66d6', reported: '#b08800', expected: '#2e8540', denied: '#c62828' };

export function timelineSvg(title: string, layout: TimelineLayout, events: readonly TimelineEvent[], [from, to]: [number, number]): string {
  const x = scaleUtc().domain([from, to]).range([LABEL_WIDTH, WIDTH - 10]).clamp(true);
  const tops: number[] = [];
  let y = AXIS + 30;
  for (const lane of layout.lanes) {
    tops.push(y);
    y += lane.rows * ROW + 10;
  }
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${y + 10}" viewBox="0 0 ${WIDTH} ${y + 10}" font-family="sans-serif" font-size="12">`,
    `<title>${xml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="10" y="20" font-size="16" font-weight="bold">${xml(title)}</text>`,
    ...x.ticks(8).map(t => `<text x="${x(t).toFixed(1)}" y="${AXIS + 14}" text-anchor="middle" fill="#555">${xml(x.tickFormat(8)(t))}</text>`),
    ...layout.lanes.map((lane, i) => `<text x="10" y="${tops[i] + 13}">${xml(lane.label)}</text>`
      + `<line x1="10" x2="${WIDTH - 10}" y1="${tops[i] + lane.rows * ROW + 5}" y2="${tops[i] + lane.rows * ROW + 5}" stroke="#ddd"/>`),
  ];
  for (const ev of events) {
    if (ev.start < to && ev.end > from) {
      parts.push(markSvg(ev, x(ev.start), x(ev.end), tops[ev.lane] + ev.row * ROW));
    }
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

function markSvg(ev: TimelineEvent, x0: number, x1: number, top: number): string {
  const colour = COLOURS[ev.status];
  const title = `<title>${xml(`${ev.dateText} (${ev.dateLabel}): ${ev.summary}${ev.status === 'occurred' ? '' : ` — ${ev.status}`}`)}</title>`;
  const stroke = `stroke="${colour}"${ev.status === 'reported' ? ' stroke-dasharray="3 2"' : ''}`;
  const fill = ev.status === 'expected' ? 'none' : colour;
  const opacity = ev.fuzzyStart || ev.fuzzyEnd ? ' fill-opacity="0.55"' : '';
  if (ev.shape === 'instant') {
    return `<circle cx="${x0.toFixed(1)}" cy="${top + 9}" r="5" fill="${fill}" ${stroke}>${title}</circle>`;
  }
  if (ev.shape === 'as-of') {
    return `<rect x="${(x0 - 4).toFixed(1)}" y="${top + 5}" width="8" height="8" transform="rotate(45 ${x0.toFixed(1)} ${top + 9})" fill="${fill}" ${stroke}>${title}</rect>`;
  }
  const width = Math.max(3, x1 - x0).toFixed(1);
  return `<rect x="${x0.toFixed(1)}" y="${top + 2}" width="${width}" height="14" rx="3" fill="${fill}"${opacity} ${stroke}>${title}</rect>`;
}

/** Escapes text for XML character data and attribute values. */
function xml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}
