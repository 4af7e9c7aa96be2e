// Ordering of resolved dates (vscode-free, parser-free: safe for the extension bundle).
import type { ResolvedDate } from './model';

/** ResolvedDate's bound for an open end (`..`): the Date limit, as JSON has no Infinity. */
export const OPEN_END = 8.64e15;

/**
 * Orders dates oldest first; of two starting together, the narrower first; undated last. An open start (`../1968`,
 * "by 1968") sorts by its known end, not at the beginning of time.
 */
export function compareDates(a: ResolvedDate | undefined, b: ResolvedDate | undefined): number {
  if (!a || !b) {
    return a ? -1 : b ? 1 : 0;
  }
  return sortStart(a) - sortStart(b) || a.max - b.max;
}

function sortStart(date: ResolvedDate): number {
  return date.min <= -OPEN_END ? date.max : date.min;
}
