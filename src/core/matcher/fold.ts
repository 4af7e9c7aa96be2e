// The definition of how text is read when matching names, one code point at a time. Everything else in the matcher
// (lookup tables, trie, word filter) is a faster encoding of `describeCodePoint`.

/** Characters that may stand between the parts of a name, interchangeably: white space and every dash. */
const SEPARATOR = /^[\p{White_Space}\p{Pd}]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARKS = /\p{M}/gu;
/** Apostrophe-like characters, folded to `'`; they never count as letters (U+02BC and U+02BB are Lm). */
const APOSTROPHE = /^['\u2018\u2019\u02BC\u02BB`\u00B4]$/u;

/** Labels of code points that are not letters or digits carry this bit, so `ⓜ` (folding to `m`) is not the letter m. */
export const NON_WORD_TAG = 0x10000;

export interface CodePointInfo {
  /** May stand between the parts of a name (interchangeable with any other separator, or with nothing). */
  separator: boolean;
  /** Folds to nothing (combining marks): invisible to matching, and part of whatever word it follows. */
  ignorable: boolean;
  /** A letter or digit: a match never starts right after one or ends right before one. */
  word: boolean;
  /** The folded UTF-16 units, tagged with NON_WORD_TAG unless `word`. */
  labels: number[];
}

/**
 * Folding is NFKD, marks dropped, lower case, then NFC so Hangul syllables stay single units; apostrophes fold to `'`.
 */
export function describeCodePoint(cp: number): CodePointInfo {
  const ch = String.fromCodePoint(cp);
  const separator = SEPARATOR.test(ch);
  const apostrophe = APOSTROPHE.test(ch);
  const folded = apostrophe ? "'" : ch.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(MARKS, '').normalize('NFC');
  const ignorable = !separator && folded === '';
  const word = !apostrophe && !ignorable && LETTER_OR_DIGIT.test(ch);
  const labels: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    labels.push(folded.charCodeAt(i) | (word ? 0 : NON_WORD_TAG));
  }
  return { separator, ignorable, word, labels };
}
