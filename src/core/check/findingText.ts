// The pieces of a finding's message a person reads: the fact's date in a clause, and the quote cut to its gist.
import type { Statement } from '../model';

/** "in 1988", "in the summer of 1961", "by 1968", "since January 2001": the source's words as a clause. */
export function factDateClause(statement: Statement): string {
  const text = statement.date?.text ?? '';
  return /^(?:in|on|at|by|since|from|for|during)\s/iu.test(text) ? `${text[0].toLowerCase()}${text.slice(1)}` : `in ${text}`;
}

/** Quotes longer than this are cut around the words that matter, with an ellipsis where text is left out. */
const EXCERPT_CHARS = 120;

/** The quote, or a stretch of it around `focus` (the fact's date) when it is long, with "…" where text is left out. */
export function quoteExcerpt(quote: string, focus: string): string {
  if (quote.length <= EXCERPT_CHARS) {
    return quote;
  }
  let start = Math.max(0, Math.min(quote.indexOf(focus) - EXCERPT_CHARS / 3, quote.length - EXCERPT_CHARS));
  let end = Math.min(quote.length, start + EXCERPT_CHARS);
  // Whole words only.
  if (start > 0) {
    start += quote.slice(start).search(/\s/u) + 1;
  }
  if (end < quote.length) {
    end = quote.lastIndexOf(' ', end);
  }
  return `${start > 0 ? '…' : ''}${quote.slice(start, end)}${end < quote.length ? '…' : ''}`;
}

/** A sentence as "ignore this claim" remembers it: spacing and case do not matter, so re-wrapping keeps it ignored. */
export function normalizedSentence(sentence: string): string {
  return sentence.replace(/\s+/gu, ' ').trim().toLowerCase();
}
