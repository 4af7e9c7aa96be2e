// Splits a block's text into sentences: at . ? ! (maybe closed by a quote) before whitespace and a capital,
// digit or opening quote, except after abbreviations and initials ("U.S. Imperialism" is one sentence).
import type { TextRange } from './types';

const BOUNDARY = /[.?!]["”’]?(?<gap>\s+)(?=["“‘\p{Lu}\p{N}])/gu;
const INITIALS = /^(?:\p{Lu}\.)+$|^(?:\p{Ll}\.){2,}$/u; // "U.S.", "J.", "e.g."
const ABBREVIATIONS = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'St.', 'Jr.', 'Sr.', 'Prof.', 'Gen.', 'Lt.', 'Col.', 'No.', 'vs.']);

/** Sentence ranges of `text`, offset by `base`; whitespace between sentences belongs to none. */
export function splitSentences(text: string, base = 0): TextRange[] {
  const sentences: TextRange[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length - m.groups!.gap.length;
    if (text[m.index] === '.' && isAbbreviation(wordEndingAt(text, m.index + 1))) {
      continue;
    }
    sentences.push({ start: base + start, end: base + end });
    start = m.index + m[0].length;
  }
  if (start < text.length) {
    sentences.push({ start: base + start, end: base + text.length });
  }
  return sentences;
}

/** The word before `end`; looks back only as far as the longest abbreviation, so long blocks stay linear. */
function wordEndingAt(text: string, end: number): string {
  const tail = text.slice(Math.max(0, end - 16), end);
  return tail.slice(tail.search(/\S*$/)).replace(/^[("“‘]+/, '');
}

function isAbbreviation(word: string): boolean {
  return INITIALS.test(word) || ABBREVIATIONS.has(word);
}
