// What counts as chrome, and which blocks are headings or captions, for each kind of raw source file.
// Rules are data so a new source layout needs a new table, not new code.
import type { CleaningProfile } from '../model';
import type { BlockKind } from './types';

export interface SegmentRule {
  /** Tested against a whole trimmed segment. A named group `keep` (with the `d` flag) narrows the kept block. */
  pattern: RegExp;
  kind: Exclude<BlockKind, 'title'> | 'chrome';
  /** Chrome only: 'head' applies before the first body block, 'tail' after the last; omitted, anywhere. */
  zone?: 'head' | 'tail';
}

export interface ProfileRules {
  /** What splits the raw text into segments (line breaks always do). */
  separator: RegExp;
  /** First matching rule wins; a segment no rule matches is a paragraph. */
  rules: SegmentRule[];
  /** Pages that print a photo caption twice: the later copies are chrome. */
  dropRepeatedCaptions: boolean;
}

const LINE_BREAK = /\r\n|\r|\n/;
const LINE_BREAK_OR_AMPERSANDS = /\r\n|\r|\n|&&&&&/;

/** A short capitalised line without sentence punctuation standing alone: a section heading. */
const SHORT_HEADING: SegmentRule = { pattern: /^\p{Lu}[^.?!:;"“”]{0,38}$/u, kind: 'heading' };

// Markdown read as prose: headings without their #, list items and quotes without their markers, rules and code
// fences dropped. Inline markup stays, as characters of the raw file a quote may contain.
const MARKDOWN: ProfileRules = {
  separator: LINE_BREAK,
  rules: [
    { pattern: /^(?:-{3,}|\*{3,}|_{3,}|`{3,}.*|~{3,}.*)$/, kind: 'chrome' }, // thematic break, code fence
    { pattern: /^#{1,6}\s+(?<keep>.*?\S)(?:\s+#+)?$/d, kind: 'heading' },
    { pattern: /^(?:[-*+]|\d{1,9}[.)])\s+(?<keep>\S.*)$/d, kind: 'paragraph' },
    { pattern: /^>\s*(?<keep>\S.*)$/d, kind: 'paragraph' },
  ],
  dropRepeatedCaptions: false,
};

export const PROFILES: Record<CleaningProfile, ProfileRules> = {
  'wikipedia-dump': {
    separator: LINE_BREAK_OR_AMPERSANDS,
    rules: [
      { pattern: /^\d+\t\S+$/, kind: 'chrome', zone: 'head' }, // dump header: page id, tab, page name
      { pattern: /^\*$/, kind: 'chrome' }, // empty reference bullet
      { pattern: /^(?<marks>={2,6})\s*(?<keep>[^=\s](?:[^=]*[^=\s])?)\s*\k<marks>$/d, kind: 'heading' }, // wiki markup heading
      { pattern: /^\*\s*(?<keep>\S.*)$/d, kind: 'paragraph' }, // list item ("See also")
      SHORT_HEADING,
    ],
    dropRepeatedCaptions: false,
  },
  'wiki-mirror': {
    separator: LINE_BREAK,
    rules: [
      { pattern: /^.*\(Editor\)$/, kind: 'chrome', zone: 'head' },
      { pattern: /^Updated on\b.*$/, kind: 'chrome', zone: 'head' },
      { pattern: /^(?:Edit|Like|Comment)$/, kind: 'chrome', zone: 'head' },
      { pattern: /^Share on Facebook.*$/, kind: 'chrome', zone: 'head' },
      { pattern: /^.*wpcontentuploads\d*$/, kind: 'chrome', zone: 'head' }, // image alt text made of a file path
      { pattern: /^.*\S Wikipedia$/, kind: 'chrome', zone: 'tail' }, // mirror's credit line
      SHORT_HEADING,
    ],
    dropRepeatedCaptions: false,
  },
  'news-page': {
    separator: LINE_BREAK,
    rules: [
      { pattern: /^Leave a Comment$/, kind: 'chrome', zone: 'tail' },
      { pattern: /^Your email address will not be published\..*$/, kind: 'chrome', zone: 'tail' },
      { pattern: /^Scroll to Top$/, kind: 'chrome', zone: 'tail' },
      { pattern: /^.*\u2014\s?\p{Lu}[\p{L} .&/]{0,30}$/u, kind: 'caption' }, // ends in "—Reuters"-style credit
    ],
    dropRepeatedCaptions: true,
  },
  // A writer's notes: every line is a paragraph, the first the title.
  'plain-text': { separator: LINE_BREAK, rules: [], dropRepeatedCaptions: false },
  markdown: MARKDOWN,
  // A saved page's readable text, written with Markdown's heading and list markers (core/html/readableText.ts).
  html: MARKDOWN,
};
