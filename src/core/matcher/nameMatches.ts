// The matches of one scan in one typed array: per match its offsets, its key's first row and which of the key's
// entries fit (KeyEntries.fitOf). What a match says besides its offsets is looked up only when it is read: a
// whole-document scan finds tens of thousands of names, and storing an object for each (or even touching the one
// its key shares) cost a cache miss per match at 100× the names.
import type { NameMatch } from './nameMatcher';

/** What a match says besides its offsets. */
export type MatchFields = Omit<NameMatch, 'start' | 'end'>;

/** Turns a key's first row and fit into the fields its matches share (KeyEntries). */
export interface FieldsOfFit {
  fieldsOfFit(firstRow: number, fit: number): MatchFields;
}

/** Per match: start, end, first row, fit. */
const CELLS = 4;
/** A fit no key gives (KeyEntries' NO_ROW): the match's fields were given, at index `firstRow` of `given`. */
const GIVEN = 0;

export class NameMatches {
  /** Grown by doubling; sized at first for about one match per 256 characters scanned, so a long text rarely grows it. */
  private cells: Int32Array;
  private readonly given: MatchFields[] = [];
  private size = 0;

  constructor(private readonly keys?: FieldsOfFit, scannedChars = 0) {
    this.cells = new Int32Array(CELLS * Math.max(16, scannedChars >> 8));
  }

  get count(): number {
    return this.size;
  }

  /** A match of the key whose rows begin at firstRow, with `fit` (not NO_ROW) from KeyEntries.fitOf. */
  push(start: number, end: number, firstRow: number, fit: number): void {
    let { cells } = this;
    const at = CELLS * this.size;
    if (at === cells.length) {
      cells = new Int32Array(2 * cells.length);
      cells.set(this.cells);
      this.cells = cells;
    }
    cells[at] = start;
    cells[at + 1] = end;
    cells[at + 2] = firstRow;
    cells[at + 3] = fit;
    this.size++;
  }

  /** A match whose fields are already made (matches of several matchers combined). */
  pushFields(start: number, end: number, fields: MatchFields): void {
    this.push(start, end, this.given.length, GIVEN);
    this.given.push(fields);
  }

  start(i: number): number {
    return this.cells[CELLS * i];
  }

  end(i: number): number {
    return this.cells[CELLS * i + 1];
  }

  /** Shared with the other matches of the same name (see NameMatch.entityIds). */
  entityIds(i: number): readonly string[] {
    return this.fields(i).entityIds;
  }

  /** What match i says besides its offsets. */
  fields(i: number): MatchFields {
    const firstRow = this.cells[CELLS * i + 2];
    const fit = this.cells[CELLS * i + 3];
    return fit === GIVEN ? this.given[firstRow] : this.keys!.fieldsOfFit(firstRow, fit);
  }

  match(i: number): NameMatch {
    const { entityIds, confidence, matchedName, ambiguous } = this.fields(i);
    return { start: this.start(i), end: this.end(i), entityIds, confidence, matchedName, ambiguous };
  }

  toArray(): NameMatch[] {
    return Array.from({ length: this.size }, (_, i) => this.match(i));
  }
}
