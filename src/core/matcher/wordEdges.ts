// Word edges in UTF-16 text, by code point: letters and digits make words, and the marks after them belong to them.
import { COMPLEX_UNIT, codeTables, infoOf } from './codeTables';

export function isWordAt(text: string, i: number): boolean {
  if (i >= text.length) {
    return false;
  }
  const unit = codeTables().scanUnits[text.charCodeAt(i)];
  return unit === COMPLEX_UNIT ? infoOf(text.codePointAt(i)!).word : unit !== 0;
}

function isWordOrIgnorableAt(text: string, i: number): boolean {
  const unit = codeTables().scanUnits[text.charCodeAt(i)];
  if (unit !== COMPLEX_UNIT) {
    return unit !== 0;
  }
  const info = infoOf(text.codePointAt(i)!);
  return info.word || info.ignorable;
}

/**
 * Start of the word holding position - 1 (or, after marks on a non-letter, the next word); -1 when there is none,
 * it begins before `floor`, or the marks run on to `to` (looking further would make a hover's work grow with the line).
 */
export function wordStartBefore(text: string, position: number, floor: number, to: number): number {
  const { scanUnits } = codeTables();
  let i = position;
  if (isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) {
    i++;
  }
  while (i > floor) {
    const unit = scanUnits[text.charCodeAt(i - 1)];
    if (unit !== 0 && unit !== COMPLEX_UNIT) {
      i--; // a simple letter: the usual case, decided without a call
    } else if (isWordOrIgnorableAt(text, i - unitsBefore(text, i))) {
      i -= unitsBefore(text, i);
    } else {
      break;
    }
  }
  if (i < floor || (i === floor && i > 0 && isWordOrIgnorableAt(text, i - unitsBefore(text, i)))) {
    return -1;
  }
  i = skipIgnorables(text, i, to);
  return i < to && isWordAt(text, i) ? i : -1;
}

/** Start of the word before the one at `start` (or before position `start`), or -1 as wordStartBefore. */
export function previousWordStart(text: string, start: number, floor: number, to: number): number {
  let i = start;
  while (i > floor && !isWordAt(text, i - unitsBefore(text, i))) {
    i -= unitsBefore(text, i);
  }
  return i > floor ? wordStartBefore(text, i, floor, to) : -1;
}

/** End of the word starting at `start`, at most `to`. */
export function wordEndAfter(text: string, start: number, to: number): number {
  const { scanUnits } = codeTables();
  let i = start;
  while (i < to) {
    const unit = scanUnits[text.charCodeAt(i)];
    if (unit !== 0 && unit !== COMPLEX_UNIT) {
      i++;
    } else if (isWordOrIgnorableAt(text, i)) {
      i += unitsAt(text, i);
    } else {
      break;
    }
  }
  return i;
}

/** Past the marks (and anything else folding to nothing) at `i`. */
export function skipIgnorables(text: string, i: number, to: number): number {
  const { scanUnits } = codeTables();
  while (i < to && scanUnits[text.charCodeAt(i)] === COMPLEX_UNIT && infoOf(text.codePointAt(i)!).ignorable) {
    i += unitsAt(text, i);
  }
  return i;
}

/** 2 when a surrogate pair starts at i, else 1. */
function unitsAt(text: string, i: number): number {
  return isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** 2 when a surrogate pair ends at i, else 1. */
function unitsBefore(text: string, i: number): number {
  return i >= 2 && isLowSurrogate(text.charCodeAt(i - 1)) && isHighSurrogate(text.charCodeAt(i - 2)) ? 2 : 1;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
