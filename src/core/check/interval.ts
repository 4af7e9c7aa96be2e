// EDTF dates as intervals of time, for comparing a draft's date with the fact base's. Parser-free, so the extension
// bundle can carry it: the subset the fact base and the date phrases of core/check/datePhrases use (years, months,
// days, seasons, decades, centuries, the ~ ? % qualifiers, closed and open intervals).
import type { ResolvedDate } from '../model';

/** Milliseconds since the epoch, both ends inclusive. */
export interface Interval {
  min: number;
  max: number;
}

const DAY = 86_400_000;
/** The Date limits, as the build writes open ends (src/core/loader/resolveDate.ts). */
const OPEN_END = 8.64e15;
/** Seasons (EDTF 21–24) as generous quarters: a writer's "July" agrees with the source's "summer". */
const SEASON_MONTHS: Record<string, [number, number]> = { '21': [2, 5], '22': [5, 8], '23': [8, 11], '24': [11, 14] };

/** The interval an EDTF string covers, widened when it is approximate or uncertain; undefined outside the subset. */
export function edtfInterval(edtf: string): Interval | undefined {
  const [from, to] = edtf.split('/');
  if (to === undefined) {
    return pointInterval(from);
  }
  const start = from === '..' || from === '' ? { min: -OPEN_END, max: -OPEN_END } : pointInterval(from);
  const end = to === '..' || to === '' ? { min: OPEN_END, max: OPEN_END } : pointInterval(to);
  return start && end ? { min: start.min, max: end.max } : undefined;
}

/** When an interval's start can fall: the first point of `a/b` (its own interval), or the whole of a single date. */
export function startInterval(edtf: string): Interval | undefined {
  const from = edtf.split('/')[0];
  return from === '..' || from === '' ? undefined : pointInterval(from);
}

/**
 * A fact's date as an interval: the build's resolved bounds (the EDTF parser's), widened when the source's date is
 * approximate, so that only a date that cannot be the fact's disagrees with it.
 */
export function factInterval(date: ResolvedDate): Interval {
  return /[~?%]/.test(date.edtf) ? widened(date) : { min: date.min, max: date.max };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.min <= b.max && b.min <= a.max;
}

/** How far apart two intervals lie (0 when they overlap): to cite the nearest of several facts. */
export function distance(a: Interval, b: Interval): number {
  return Math.max(0, a.min - b.max, b.min - a.max);
}

function pointInterval(point: string): Interval | undefined {
  const bounds = bareBounds(point.replace(/[~?%]/g, ''));
  return bounds && /[~?%]/.test(point) ? widened(bounds) : bounds;
}

/** An approximate or uncertain date may stray by a year: a writer's "1954" agrees with the source's "end of 1953~". */
function widened({ min, max }: Interval): Interval {
  return { min: shiftYears(min, -1), max: shiftYears(max, 1) };
}

function shiftYears(ms: number, years: number): number {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? ms : d.setUTCFullYear(d.getUTCFullYear() + years);
}

function bareBounds(bare: string): Interval | undefined {
  const masked = /^(\d{2,3})(X{1,2})$/.exec(bare);
  if (masked && masked[1].length + masked[2].length === 4) {
    const span = 10 ** masked[2].length;
    const first = Number(masked[1]) * span;
    return years(first, first + span - 1);
  }
  const parts = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(bare);
  if (!parts) {
    return undefined;
  }
  const year = Number(parts[1]);
  const month = parts[2];
  if (month === undefined) {
    return years(year, year);
  }
  const season = SEASON_MONTHS[month];
  if (season) {
    return { min: Date.UTC(year, season[0], 1), max: Date.UTC(year, season[1] + 1, 1) - 1 };
  }
  const m = Number(month) - 1;
  if (m < 0 || m > 11) {
    return undefined;
  }
  if (parts[3] === undefined) {
    return { min: Date.UTC(year, m, 1), max: Date.UTC(year, m + 1, 1) - 1 };
  }
  const day = Date.UTC(year, m, Number(parts[3]));
  return { min: day, max: day + DAY - 1 };
}

function years(first: number, last: number): Interval {
  return { min: Date.UTC(first, 0, 1), max: Date.UTC(last + 1, 0, 1) - 1 };
}
