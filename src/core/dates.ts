// Ordering of resolved dates (vscode-free, parser-free: safe for the extension bundle).
import type { ResolvedDate } from './model';

/** Orders dates oldest first; of two starting together, the narrower first; undated last. */
export function compareDates(a: ResolvedDate | undefined, b: ResolvedDate | undefined): number {
  if (!a || !b) {
    return a ? -1 : b ? 1 : 0;
  }
  return a.min - b.min || a.max - b.max;
}
