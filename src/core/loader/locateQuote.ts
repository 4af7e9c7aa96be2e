// Finds a verbatim quote (optionally behind a prefix) in a source's raw text.
import type { QuoteSuggestion } from '../diagnostics';
import { closestPassage, extendedQuotes } from './quoteSuggestions';

/** A quote without a prefix that is not found, or found more than once, comes with replacements (quoteSuggestions.ts). */
export type QuoteLocation = { start: number; end: number }
  | { code: 'quote-not-found' | 'quote-ambiguous'; message: string; suggestions: QuoteSuggestion[] };

export function locateQuote(raw: string, quote: string, prefix = ''): QuoteLocation {
  const needle = prefix + quote;
  const first = raw.indexOf(needle);
  if (first < 0) {
    return { code: 'quote-not-found', message: notFoundMessage(raw, quote, prefix), suggestions: prefix ? [] : closestPassage(raw, quote) };
  }
  let count = 1;
  for (let i = raw.indexOf(needle, first + 1); i >= 0; i = raw.indexOf(needle, i + 1)) {
    count++;
  }
  if (count > 1) {
    return {
      code: 'quote-ambiguous',
      message: `The quote occurs ${count} times in the source; add a \`prefix\` (the raw text right before the one you mean) to pick one.`,
      suggestions: prefix ? [] : extendedQuotes(raw, quote),
    };
  }
  return { start: first + prefix.length, end: first + prefix.length + quote.length };
}

/** Says why a quote was not found, pointing out typography when that is the only difference. */
function notFoundMessage(raw: string, quote: string, prefix: string): string {
  if (prefix && raw.includes(quote)) {
    return 'The quote is in the source, but not right after the given `prefix`.';
  }
  const loose = (s: string) => s.replace(/[\u2018\u2019\u201C\u201D"'`]/g, "'").replace(/[\u2010-\u2015-]/g, '-').replace(/\s+/g, ' ');
  if (loose(raw).includes(loose(quote))) {
    return 'The quote differs from the source only in quotes, apostrophes, dashes or spacing: copy it exactly as the source prints it (curly quotes and en dashes included).';
  }
  return `The quote "${quote.length > 60 ? quote.slice(0, 57) + '…' : quote}" does not occur verbatim in the source.`;
}
