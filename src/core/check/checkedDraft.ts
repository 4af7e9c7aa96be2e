// A draft's findings kept current edit by edit: an edit only marks the paragraphs it touched (and their neighbours,
// which a new or removed blank line may join or split) as to be checked again and moves the rest along, so checking
// after an edit costs the touched paragraphs, not the document.
import type { TextRange } from '../cleaner/types';
import type { ClaimFinding } from './claimChecker';
import { type ParagraphCache, paragraphRanges, shifted } from './paragraphs';

interface Paragraph extends TextRange {
  /** Offsets relative to the paragraph's start; undefined while the stretch is still to be checked. */
  findings: ClaimFinding[] | undefined;
}

export class CheckedDraft {
  /** In text order, covering every paragraph of the text (a stretch to check may hold several). */
  private readonly paragraphs: Paragraph[];
  /** The stretches still to be checked: found without walking every paragraph, which a long draft has thousands of. */
  private readonly unchecked = new Set<Paragraph>();
  /** The paragraphs with findings, likewise: most have none. */
  private readonly withFindings = new Set<Paragraph>();

  constructor(private readonly cache: ParagraphCache, length: number) {
    this.paragraphs = [{ start: 0, end: length, findings: undefined }];
    this.unchecked.add(this.paragraphs[0]);
  }

  /** Records one change, in offsets of the text before it (replace `removed` characters at `start` by `inserted`). */
  noteChange(start: number, removed: number, inserted: number): void {
    const list = this.paragraphs;
    const delta = inserted - removed;
    const end = start + removed;
    // The paragraphs from the one before the first touched to the one after the last touched.
    let lo = Math.max(0, firstEndingAtOrAfter(list, start) - 1);
    let hi = Math.min(list.length - 1, lastStartingAtOrBefore(list, end) + 1);
    if (list.length === 0 || lo > hi) {
      lo = 0;
      hi = list.length - 1;
    }
    const from = Math.min(start, list[lo]?.start ?? 0);
    const to = Math.max(end, list[hi]?.end ?? 0);
    for (let i = hi + 1; i < list.length; i++) {
      list[i].start += delta;
      list[i].end += delta;
    }
    const stretch = { start: from, end: to + delta, findings: undefined };
    for (const replaced of list.splice(lo, hi - lo + 1, stretch)) {
      this.unchecked.delete(replaced);
      this.withFindings.delete(replaced);
    }
    this.unchecked.add(stretch);
  }

  /** Whether every stretch is checked. */
  get settled(): boolean {
    return this.unchecked.size === 0;
  }

  /**
   * Checks stretches still to be checked in `text` (the text as it now is) until about `budget` characters of
   * uncached paragraphs have been checked; returns whether everything is checked.
   */
  settle(text: string, budget = Infinity): boolean {
    let spent = 0;
    for (const stretch of this.unchecked) {
      if (spent > budget) {
        break;
      }
      const checked: Paragraph[] = [];
      for (const range of paragraphRanges(text.slice(stretch.start, stretch.end))) {
        const own = text.slice(stretch.start + range.start, stretch.start + range.end);
        spent += this.cache.has(own) ? 0 : own.length;
        const paragraph = { start: stretch.start + range.start, end: stretch.start + range.end, findings: this.cache.findings(own) };
        checked.push(paragraph);
        if (paragraph.findings.length) {
          this.withFindings.add(paragraph);
        }
      }
      this.paragraphs.splice(indexOf(this.paragraphs, stretch), 1, ...checked);
      this.unchecked.delete(stretch);
    }
    return this.settled;
  }

  /** Every finding of the checked paragraphs, with offsets in the text. */
  findings(): ClaimFinding[] {
    return [...this.withFindings].sort((a, b) => a.start - b.start).flatMap(p => p.findings!.map(f => shifted(f, p.start)));
  }
}

/** Where `paragraph` is in the list, found by its start (empty stretches may share one, so look around it). */
function indexOf(list: readonly Paragraph[], paragraph: Paragraph): number {
  for (let i = Math.max(0, lastStartingAtOrBefore(list, paragraph.start)); i >= 0 && i < list.length; i--) {
    if (list[i] === paragraph) {
      return i;
    }
    if (list[i].start < paragraph.start) {
      break;
    }
  }
  return list.indexOf(paragraph);
}

/** Index of the first paragraph ending at or after `offset` (list.length when none does). */
function firstEndingAtOrAfter(list: readonly Paragraph[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end < offset) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** Index of the last paragraph starting at or before `offset` (-1 when none does). */
function lastStartingAtOrBefore(list: readonly Paragraph[], offset: number): number {
  let lo = -1;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid].start <= offset) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return lo;
}
