// Splits raw text into segments: the trimmed, non-empty pieces between separators, as raw ranges.
import type { TextRange } from './types';

export function splitSegments(raw: string, separator: RegExp): TextRange[] {
  const segments: TextRange[] = [];
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
