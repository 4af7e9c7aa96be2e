// A draft checked paragraph by paragraph, remembering each paragraph's findings by its text: after an edit only the
// paragraphs it touched are checked again, and the rest cost a lookup.
import type { TextRange } from '../cleaner/types';
import type { ClaimChecker, ClaimFinding } from './claimChecker';

/** The longest stretch checked at once: a longer paragraph is cut at a sentence's end, so no check runs long. */
const MAX_PARAGRAPH = 4096;

/** Paragraphs: runs of text between blank lines (a claim never spans one), at most MAX_PARAGRAPH characters each. */
export function paragraphRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  const gap = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let m = gap.exec(text); m; m = gap.exec(text)) {
    pushBounded(ranges, text, start, m.index);
    start = m.index + m[0].length;
  }
  pushBounded(ranges, text, start, text.length);
  return ranges;
}

function pushBounded(ranges: TextRange[], text: string, start: number, end: number): void {
  while (end - start > MAX_PARAGRAPH) {
    const at = cutBefore(text, start, start + MAX_PARAGRAPH);
    ranges.push({ start, end: at });
    start = at;
  }
  if (start < end) {
    ranges.push({ start, end });
  }
}

/** Where to cut text[start, limit): after its last sentence end, else line break, else space; a claim cut in two is missed, not misread. */
function cutBefore(text: string, start: number, limit: number): number {
  let lineBreak = -1;
  let space = -1;
  for (let i = limit - 1; i > start; i--) {
    const c = text[i];
    if (/\s/u.test(c)) {
      if (/[.!?]/u.test(text[i - 1])) {
        return i + 1;
      }
      if (c === '\n' && lineBreak < 0) {
        lineBreak = i + 1;
      } else if (space < 0) {
        space = i + 1;
      }
    }
  }
  return lineBreak > 0 ? lineBreak : space > 0 ? space : limit;
}

/** How many paragraphs' findings one cache keeps: a draft's worth, with its recent versions. */
const CACHE_LIMIT = 20_000;

/** Each paragraph's findings by its text, so an unchanged paragraph is never checked twice. */
export class ParagraphCache {
  /** Findings with offsets relative to the paragraph's start. */
  private readonly byText = new Map<string, ClaimFinding[]>();

  constructor(private readonly checker: ClaimChecker) {}

  /** Whether the paragraph would cost a lookup, not a check. */
  has(paragraph: string): boolean {
    return this.byText.has(paragraph);
  }

  /** The paragraph's findings, with offsets relative to its start. */
  findings(paragraph: string): ClaimFinding[] {
    let findings = this.byText.get(paragraph);
    if (!findings) {
      findings = this.checker.check(paragraph);
      if (this.byText.size >= CACHE_LIMIT) {
        this.byText.clear();
      }
      this.byText.set(paragraph, findings);
    }
    return findings;
  }
}

export function shifted(f: ClaimFinding, by: number): ClaimFinding {
  return { ...f, start: f.start + by, end: f.end + by, sentence: { start: f.sentence.start + by, end: f.sentence.end + by } };
}
