// The counts a sentence gives, with their qualifier and the words after them: "about a dozen embassies",
// "more than 400 orphans", "10,000 horses", "two diplomats". A year, a date's day or a sum of money gives none.
import type { Quantity } from '../model';
import type { Interval } from './interval';

export interface CountPhrase {
  /** UTF-16 offsets in the searched text: the qualifier and the number ("more than a dozen"). */
  start: number;
  end: number;
  /** The values the words allow. */
  interval: Interval;
  /** The next few words, lower-cased: what is counted. */
  after: string[];
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
  'a dozen': 12, 'a hundred': 100, 'two dozen': 24, 'a few dozen': 36,
};
const QUALIFIERS: Record<string, Quantity['qualifier']> = {
  about: 'about', around: 'about', roughly: 'about', approximately: 'about', some: 'about', nearly: 'about', almost: 'about',
  'more than': 'more-than', over: 'more-than', 'at least': 'at-least', 'up to': 'up-to', 'as many as': 'up-to',
};
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}$€£.,])(?:(${Object.keys(QUALIFIERS).join('|')})\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}]|[.,]\\d)`,
  'giu');
/** Words right after a number that make it a sum, a measure, a span or a date, not a count of things. */
const NOT_COUNTED = /^(?:million|billion|thousand|percent|per|dollars?|square|kilometres?|kilometers?|km|miles?|metres?|meters?|hectares?|tonnes?|tons?|years?|months?|weeks?|days?|bc|ad|january|february|march|april|may|june|july|august|september|october|november|december)$/u;

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const ORDINAL = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${Object.keys(ORDINAL_WORDS).join('|')})|(\\d+)(?:st|nd|rd|th))(?![\\p{L}\\p{N}])`, 'giu');

/** The ranks a sentence gives: "the second country to recognize", "Ghana's 77th biggest trade partner". */
export function rankPhrases(text: string, from = 0, to = text.length): CountPhrase[] {
  const slice = text.slice(from, to);
  return [...slice.matchAll(ORDINAL)].map(m => {
    const value = m[1] ? ORDINAL_WORDS[m[1].toLowerCase()] : Number(m[2]);
    const after = countedWords(slice.slice(m.index + m[0].length, m.index + m[0].length + 80)).slice(0, WORDS_AFTER);
    return { start: from + m.index, end: from + m.index + m[0].length, interval: { min: value, max: value }, after };
  }).filter(rank => rank.after.length > 0);
}

/** Whether a word says the number is a measure or a span rather than a count (facts counting those are not judged). */
export function isMeasure(word: string): boolean {
  return NOT_COUNTED.test(word);
}
/** How many words after the number say what is counted. */
const WORDS_AFTER = 4;

export function countPhrases(text: string, from = 0, to = text.length): CountPhrase[] {
  const slice = text.slice(from, to);
  const out: CountPhrase[] = [];
  for (const m of slice.matchAll(PATTERN)) {
    const value = /\d/u.test(m[2]) ? Number(m[2].replace(/,/g, '')) : NUMBER_WORDS[m[2].toLowerCase()];
    const after = countedWords(slice.slice(m.index + m[0].length, m.index + m[0].length + 80)).slice(0, WORDS_AFTER);
    // Years ("in 1964") are dates, not counts; a count is followed by what it counts.
    if (!after.length || NOT_COUNTED.test(after[0]) || (/^\d{4}$/u.test(m[2]) && value >= 1000 && value <= 2100)) {
      continue;
    }
    const qualifier = m[1] ? QUALIFIERS[m[1].toLowerCase()] : 'exact';
    out.push({ start: from + m.index, end: from + m.index + m[0].length, interval: countInterval(value, qualifier), after });
  }
  return out;
}

/** The words of a phrase up to its first preposition, lower-cased: "war orphans to Mongolia" → war, orphans. */
export function countedWords(phrase: string): string[] {
  const words = phrase.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const stop = words.findIndex(w => PREPOSITIONS.has(w));
  return stop < 0 ? words : words.slice(0, stop);
}

const PREPOSITIONS = new Set(['of', 'to', 'in', 'by', 'since', 'among', 'with', 'from', 'for', 'at', 'on', 'into', 'outside', 'each', 'a', 'per']);

/**
 * The values a count allows, generously: "about a dozen" 11–13 (a tenth either way, at least one), "more than a
 * dozen" 13 or more.
 */
export function countInterval(value: number, qualifier: Quantity['qualifier']): Interval {
  const slack = Math.max(1, Math.round(value / 10));
  switch (qualifier) {
    case 'about': return { min: value - slack, max: value + slack };
    case 'more-than': return { min: value + (Number.isInteger(value) ? 1 : Number.EPSILON), max: Infinity };
    case 'at-least': return { min: value, max: Infinity };
    case 'up-to': return { min: 0, max: value };
    default: return { min: value, max: value };
  }
}
