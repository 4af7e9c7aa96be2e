// Maps offsets between the cleaned text and the raw text it was cut from.
import type { TextRange } from './types';

/** A run of clean text copied unchanged from the raw text. */
export interface Piece {
  rawStart: number;
  cleanStart: number;
  length: number;
}

export class OffsetMap {
  /** @param pieces in order, both by raw and by clean offset */
  constructor(private readonly raw: string, private readonly pieces: Piece[]) {}

  /**
   * A join between two pieces maps its first character to the end of the piece before and the rest to the
   * start of the piece after, so a clean range's start and end both map tightly.
   */
  toRaw(clean: number): number {
    const i = lastIndexWhere(this.pieces, p => p.cleanStart <= clean);
    const piece = this.pieces[Math.max(i, 0)];
    if (!piece) {
      return 0;
    }
    const offset = clean - piece.cleanStart;
    if (offset <= piece.length) {
      return piece.rawStart + Math.max(offset, 0);
    }
    const next = this.pieces[i + 1];
    return next ? next.rawStart : piece.rawStart + piece.length;
  }

  toClean(raw: number): number | undefined {
    const piece = this.pieces[this.pieceIndexAtRaw(raw)];
    return piece ? piece.cleanStart + raw - piece.rawStart : undefined;
  }

  /** Defined when both ends are kept and everything between is kept or plain whitespace between blocks. */
  rawRangeToClean(start: number, end: number): TextRange | undefined {
    if (!(start <= end)) {
      return undefined;
    }
    const first = this.pieceIndexAtRaw(start);
    const last = start === end ? first : this.pieceIndexAtRaw(end - 1);
    if (first < 0 || last < 0) {
      return undefined;
    }
    for (let i = first; i < last; i++) {
      const gap = this.raw.slice(this.pieces[i].rawStart + this.pieces[i].length, this.pieces[i + 1].rawStart);
      if (/\S/.test(gap)) {
        return undefined;
      }
    }
    const cleanStart = this.toClean(start)!;
    return { start: cleanStart, end: start === end ? cleanStart : this.toClean(end - 1)! + 1 };
  }

  /** Index of the piece holding raw character `raw`, or -1. */
  private pieceIndexAtRaw(raw: number): number {
    const i = lastIndexWhere(this.pieces, p => p.rawStart <= raw);
    const piece = this.pieces[i];
    return piece && raw < piece.rawStart + piece.length ? i : -1;
  }
}

/** Binary search in a list ordered so that `test` holds for a prefix: the last index where it holds, or -1. */
function lastIndexWhere<T>(list: T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(list[mid])) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo - 1;
}
