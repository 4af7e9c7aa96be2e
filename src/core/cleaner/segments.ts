// Splits raw text into segments: the trimmed, non-empty pieces between separators, as raw ranges.
import type { Sliced } from '../slicedTask';
import type { TextRange } from './types';

/** Pausing after every `pauseEvery` separators. */
export function* splitSegments(raw: string, separator: RegExp, pauseEvery: number): Sliced<TextRange[]> {
  const segments: TextRange[] = [];
  let found = 0;
  let pieceStart = 0;
  const addPiece = (end: number) => {
    const piece = trim(raw, pieceStart, end);
    if (piece) {
      segments.push(piece);
    }
  };
  for (const m of raw.matchAll(new RegExp(separator.source, 'g'))) {
    addPiece(m.index);
    pieceStart = m.index + m[0].length;
    if (++found % pauseEvery === 0) {
      yield;
    }
  }
  addPiece(raw.length);
  return segments;
}

const WHITESPACE = /\s/;

function trim(raw: string, start: number, end: number): TextRange | undefined {
  while (start < end && WHITESPACE.test(raw[start])) {
    start++;
  }
  while (end > start && WHITESPACE.test(raw[end - 1])) {
    end--;
  }
  return start < end ? { start, end } : undefined;
}
