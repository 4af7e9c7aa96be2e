// The matches of one scan as parallel arrays: offsets in typed arrays and, per match, the fields it shares with every
// match of its name (KeyEntries makes them once per key). A NameMatch object is made only when one is asked for: a
// whole-document scan finds tens of thousands of names, and making an object for each cost about as much as finding them.
import type { NameMatch } from './nameMatcher';

/** What a match says besides its offsets. */
export type MatchFields = Omit<NameMatch, 'start' | 'end'>;

const INITIAL_CAPACITY = 16;

export class NameMatches {
  private starts: Int32Array = new Int32Array(INITIAL_CAPACITY);
  private ends: Int32Array = new Int32Array(INITIAL_CAPACITY);
  private readonly matchFields: MatchFields[] = [];
  private size = 0;

  get count(): number {
    return this.size;
  }

  push(start: number, end: number, fields: MatchFields): void {
    if (this.size === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
    }
    this.starts[this.size] = start;
    this.ends[this.size] = end;
    this.matchFields.push(fields);
    this.size++;
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  /** Frozen, and shared with the other matches of the same name. */
  entityIds(i: number): readonly string[] {
    return this.matchFields[i].entityIds;
  }

  /** What match i says besides its offsets. */
  fields(i: number): MatchFields {
    return this.matchFields[i];
  }

  match(i: number): NameMatch {
    const { entityIds, confidence, matchedName, ambiguous } = this.matchFields[i];
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
