// The matches of one scan as parallel typed arrays: offsets, and per match its key's first row and which of the key's
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

const INITIAL_CAPACITY = 16;
/** A fit no key gives (KeyEntries' NO_ROW): the match's fields were given, at index `rows[i]` of `given`. */
const GIVEN = 0;

export class NameMatches {
  private starts: Int32Array = new Int32Array(INITIAL_CAPACITY);
  private ends: Int32Array = new Int32Array(INITIAL_CAPACITY);
  private rows: Int32Array = new Int32Array(INITIAL_CAPACITY);
  private fits: Int32Array = new Int32Array(INITIAL_CAPACITY);
  private readonly given: MatchFields[] = [];
  private size = 0;

  constructor(private readonly keys?: FieldsOfFit) {}

  get count(): number {
    return this.size;
  }

  /** A match of the key whose rows begin at firstRow, with `fit` (not NO_ROW) from KeyEntries.fitOf. */
  push(start: number, end: number, firstRow: number, fit: number): void {
    if (this.size === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
      this.rows = grown(this.rows);
      this.fits = grown(this.fits);
    }
    this.starts[this.size] = start;
    this.ends[this.size] = end;
    this.rows[this.size] = firstRow;
    this.fits[this.size] = fit;
    this.size++;
  }

  /** A match whose fields are already made (matches of several matchers combined). */
  pushFields(start: number, end: number, fields: MatchFields): void {
    this.push(start, end, this.given.length, GIVEN);
    this.given.push(fields);
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  /** Shared with the other matches of the same name (see NameMatch.entityIds). */
  entityIds(i: number): readonly string[] {
    return this.fields(i).entityIds;
  }

  /** What match i says besides its offsets. */
  fields(i: number): MatchFields {
    const fit = this.fits[i];
    return fit === GIVEN ? this.given[this.rows[i]] : this.keys!.fieldsOfFit(this.rows[i], fit);
  }

  match(i: number): NameMatch {
    const { entityIds, confidence, matchedName, ambiguous } = this.fields(i);
    return { start: this.starts[i], end: this.ends[i], entityIds, confidence, matchedName, ambiguous };
  }

  toArray(): NameMatch[] {
    return Array.from({ length: this.size }, (_, i) => this.match(i));
  }
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
