// Replacement quotes for one that does not map to exactly one place in its source, for the quick fixes: the
// closest passage when it is not found (the run of the source's words sharing the most words with it), and for each
// occurrence of an ambiguous quote, that occurrence extended by the words before it until it is unique (by the words
// after it where those before cannot: at the start of a line).
import type { QuoteSuggestion } from '../diagnostics';

const WORD = /[\p{L}\p{N}]+/gu;
/** A passage must share this share of the quote's words to be offered. */
const CLOSE_ENOUGH = 0.6;
/** Words of the passage a quote may have left out. */
const MAX_LEFT_OUT = 3;
/** Occurrences offered for an ambiguous quote, and words it may be extended by. */
const MAX_OCCURRENCES = 5;
const MAX_EXTRA_WORDS = 12;

export function closestPassage(text: string, quote: string): QuoteSuggestion[] {
  const wanted = new Map<string, number>();
  const quoteWords = [...quote.matchAll(WORD)].map(m => m[0].toLowerCase());
  for (const w of quoteWords) {
    wanted.set(w, (wanted.get(w) ?? 0) + 1);
  }
  const n = quoteWords.length;
  if (n === 0) {
    return [];
  }
  // The window of n words (or a few more, for words the quote left out) holding most of the quote's words.
  let best = { shared: 0, start: 0, end: 0 };
  for (let size = n; size <= n + MAX_LEFT_OUT; size++) {
    const window = bestWindow(text, wanted, size);
    best = window.shared > best.shared ? window : best;
  }
  if (best.shared / n < CLOSE_ENOUGH) {
    return [];
  }
  // The window trimmed of words the quote lacks, widened by the punctuation the quote has at its ends.
  const kept = [...text.slice(best.start, best.end).matchAll(WORD)].filter(m => wanted.has(m[0].toLowerCase()));
  let start = best.start + kept[0].index;
  let end = best.start + kept.at(-1)!.index + kept.at(-1)![0].length;
  const lead = /^[^\p{L}\p{N}]+/u.exec(quote)?.[0].length ?? 0;
  const trail = /[^\p{L}\p{N}]+$/u.exec(quote)?.[0].length ?? 0;
  while (lead > 0 && start > 0 && /[“‘"'(\[]/.test(text[start - 1])) {
    start--;
  }
  while (trail > 0 && end < text.length && /[.,;:!?”’"')\]]/.test(text[end])) {
    end++;
  }
  const passage = text.slice(start, end);
  return passage !== quote && occurrences(text, passage).length === 1 ? [{ kind: 'closest', quote: passage }] : [];
}

/** One pass over the source's words: a window of the last `size`, and how many of the quote's words it holds. */
function bestWindow(text: string, wanted: ReadonlyMap<string, number>, size: number): { shared: number; start: number; end: number } {
  const ring: { word: string; start: number; end: number }[] = [];
  const inWindow = new Map<string, number>();
  let shared = 0;
  let best = { shared: 0, start: 0, end: 0 };
  for (const m of text.matchAll(WORD)) {
    const word = { word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length };
    const had = inWindow.get(word.word) ?? 0;
    inWindow.set(word.word, had + 1);
    shared += had < (wanted.get(word.word) ?? 0) ? 1 : 0;
    ring.push(word);
    if (ring.length > size) {
      const leaving = ring.shift()!.word;
      const count = inWindow.get(leaving)!;
      inWindow.set(leaving, count - 1);
      shared -= count <= (wanted.get(leaving) ?? 0) ? 1 : 0;
    }
    if (shared > best.shared) {
      best = { shared, start: ring[0].start, end: word.end };
    }
  }
  return best;
}

export function extendedQuotes(text: string, quote: string): QuoteSuggestion[] {
  const found = occurrences(text, quote);
  const unique = (candidate: string) => occurrences(text, candidate).length === 1;
  return found.slice(0, MAX_OCCURRENCES).flatMap((at, i) => {
    // Word edges around the occurrence, nearest first, on its own line: a quote stays within one block.
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const end = at + quote.length;
    const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
    const before = [...text.slice(lineStart, at).matchAll(WORD)].map(m => text.slice(lineStart + m.index, end)).reverse();
    const after = [...text.slice(end, lineEnd).matchAll(WORD)].map(m => text.slice(at, end + m.index + m[0].length));
    const extended = [...before.slice(0, MAX_EXTRA_WORDS), ...after.slice(0, MAX_EXTRA_WORDS)].find(unique);
    return extended === undefined ? [] : [{ kind: 'extend' as const, quote: extended, occurrence: i + 1, occurrences: found.length }];
  });
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i >= 0 && needle !== ''; i = text.indexOf(needle, i + 1)) {
    found.push(i);
  }
  return found;
}
