// The entries behind each trie key, packed in one flat typed array: turning a found key into a match reads a few
// neighbouring numbers instead of chasing entry objects across a large heap (at 100× the names, each chase is a
// cache miss). A key is known by its first row, which the trie stores, so no table maps keys to rows; the last row
// of each key is flagged. A scan records which of a key's entries a match fits as a number; what the match says
// besides its offsets is made from that when it is first read, once per key and fit, and shared.
import type { CompiledName } from './compileName';
import { hasLowerCase } from './compileName';
import type { NameEntry } from './nameMatcher';
import type { MatchFields } from './nameMatches';

/** Separators at depths below this are checked with one AND on a bit mask; deeper ones by a list. */
const MASKED_DEPTHS = 31;
/** Per row, two cells: the separator mask, then flags | entity index << FLAG_BITS. */
const ROW_CELLS = 2;
const CAPITALS_ONLY = 1;
const NAME_CONFIDENCE = 2;
const AMBIGUOUS = 4;
const LAST_ROW = 8;
const FLAG_BITS = 4;
const FLAG_MASK = (1 << FLAG_BITS) - 1;
/** A partial fit is cached by which of a key's first rows fit, as bits of a mask. */
const MASKED_ROWS = 31;
/** fitOf's answers besides a mask: every row fits, none does, or (at or below WIDE_FIT) a wide key's partial fit. */
export const ALL_ROWS = -1;
export const NO_ROW = 0;
const WIDE_FIT = -2;

export interface KeyedEntry {
  key: number;
  entry: NameEntry;
  compiled: Pick<CompiledName, 'separatorDepths' | 'capitalsOnly'>;
}

/** Strings by index: an array, or a table of the pack that decodes one string when it is first asked for. */
export interface Strings {
  readonly length: number;
  at(i: number): string | undefined;
}

export class KeyEntries {
  /**
   * By a key's first row, once matched with every row fitting: what its matches say, shared by them. Made on the
   * first look-up with every slot filled: `new Array(n)` this long has slow dictionary elements, one look-up in a
   * hash table per read.
   */
  private allRowsFields: (MatchFields | undefined)[] | undefined;
  /**
   * By a key's first row and which of its rows fit (firstRow * 2^31 + mask), once matched so: a name written with
   * hyphens fits only some of its spellings' rows, and making its fields at every match cost a fifth of the matches'.
   */
  private readonly partialFields = new Map<number, MatchFields>();
  /** Wide keys' partial fits (see fitOf), and their indexes by the rows that fit. */
  private readonly wideFields: MatchFields[] = [];
  private readonly wideIndex = new Map<string, number>();

  /** The parts build() makes (the build step stores them: core/pack). */
  constructor(
    readonly rows: Int32Array,
    /** By entity index, as the rows refer to them. */
    readonly entityIds: Strings,
    /** By row: the entry's text. */
    readonly texts: Strings,
    /** Separator depths of the rows that have one at MASKED_DEPTHS or deeper (long names only). */
    readonly deepSeparators: ReadonlyMap<number, readonly number[]>,
  ) {}

  /** The entries, and key k's first row (its rows follow in order, the last flagged): what the trie stores for k. */
  static build(keyed: readonly KeyedEntry[], keyCount: number): { keyEntries: KeyEntries; firstRows: Int32Array } {
    const sorted = [...keyed].sort((a, b) => a.key - b.key);
    const firstRows = new Int32Array(keyCount).fill(-1);
    const rows = new Int32Array(sorted.length * ROW_CELLS);
    const entityIndex = new Map<string, number>();
    const deepSeparators = new Map<number, readonly number[]>();
    sorted.forEach(({ key, entry, compiled }, row) => {
      if (firstRows[key] < 0) {
        firstRows[key] = row;
      }
      let mask = 0;
      for (const d of compiled.separatorDepths) {
        if (d < MASKED_DEPTHS) {
          mask |= 1 << d;
        } else {
          deepSeparators.set(row, compiled.separatorDepths);
        }
      }
      let entity = entityIndex.get(entry.entityId);
      if (entity === undefined) {
        entity = entityIndex.size;
        entityIndex.set(entry.entityId, entity);
      }
      const flags = (compiled.capitalsOnly ? CAPITALS_ONLY : 0) | (entry.confidence === 'name' ? NAME_CONFIDENCE : 0) |
        (entry.ambiguous ? AMBIGUOUS : 0) | (sorted[row + 1]?.key !== key ? LAST_ROW : 0);
      rows[row * ROW_CELLS] = mask;
      rows[row * ROW_CELLS + 1] = flags | (entity << FLAG_BITS);
    });
    return { keyEntries: new KeyEntries(rows, [...entityIndex.keys()], sorted.map(r => r.entry.text), deepSeparators), firstRows };
  }

  /**
   * Which entries of the key whose rows begin at `firstRow` a match on text[start, end) fits: those whose separators
   * (`separators[0..separatorCount)`, the depths where the text had one) and capitals the text respects. ALL_ROWS,
   * NO_ROW, or a mask of the fitting rows (bit r for firstRow + r); for a key of more than MASKED_ROWS rows that only
   * some fit, WIDE_FIT minus the index of its fields in `wideFields`. A number, so a scan stores no object per match:
   * fieldsOfFit turns it into what the match says when that is read.
   */
  fitOf(text: string, start: number, end: number, firstRow: number, separators: Int32Array, separatorCount: number): number {
    let seenMask = 0;
    let seenDeep = false;
    for (let i = 0; i < separatorCount; i++) {
      const d = separators[i];
      if (d < MASKED_DEPTHS) {
        seenMask |= 1 << d;
      } else {
        seenDeep = true;
      }
    }
    let allFit = true;
    let anyFit = false;
    let fitMask = 0;
    let packed = 0;
    let row = firstRow;
    for (; (packed & LAST_ROW) === 0; row++) {
      packed = this.rows[row * ROW_CELLS + 1];
      if (!this.rowFits(row, text, start, end, seenMask, seenDeep, separators, separatorCount)) {
        allFit = false;
        continue;
      }
      anyFit = true;
      fitMask |= 1 << (row - firstRow); // not read when the key has more than MASKED_ROWS rows
    }
    if (allFit) {
      return ALL_ROWS;
    }
    if (!anyFit) {
      return NO_ROW;
    }
    // The closure over these arguments is made in wideFit: here it would cost an allocation per call.
    return row - firstRow <= MASKED_ROWS ? fitMask : this.wideFit(firstRow, text, start, end, seenMask, seenDeep, separators, separatorCount);
  }

  /**
   * Whether every entry of the key whose rows begin at `firstRow` fits any match whose separators stood at some of
   * the depths in `path` (all below MASKED_DEPTHS), whatever its capitals: the trie marks such keys, and their
   * matches skip fitOf (27k of the 74k fit checks on the 10 MB corpus at 100× the names, which cost 11 of 80 ms).
   */
  everyRowFits(firstRow: number, path: number): boolean {
    let packed = 0;
    for (let row = firstRow; (packed & LAST_ROW) === 0; row++) {
      packed = this.rows[row * ROW_CELLS + 1];
      if ((path & ~this.rows[row * ROW_CELLS]) !== 0 || (packed & CAPITALS_ONLY) !== 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether row's entry fits a match on text[start, end) whose separators stood at the depths in seenMask (and, when
   * seenDeep, deeper ones listed in separators): its name has a separator at each, and it is not written in capitals
   * only when the text has lower-case letters (such rows are rare: acronyms).
   */
  private rowFits(
    row: number, text: string, start: number, end: number, seenMask: number, seenDeep: boolean, separators: Int32Array,
    separatorCount: number,
  ): boolean {
    return (seenMask & ~this.rows[row * ROW_CELLS]) === 0 && (!seenDeep || this.deepFits(row, separators, separatorCount)) &&
      ((this.rows[row * ROW_CELLS + 1] & CAPITALS_ONLY) === 0 || !hasLowerCase(text.slice(start, end)));
  }

  /** What a match says, from its key's first row and its fitOf; shared by the matches of the key that fit so. */
  fieldsOfFit(firstRow: number, fit: number): MatchFields {
    if (fit === ALL_ROWS) {
      const byRow = this.allRowsFields ??= Array.from({ length: this.rows.length / ROW_CELLS }, () => undefined);
      return byRow[firstRow] ??= this.fieldsOfRows(firstRow, row => row >= firstRow);
    }
    if (fit <= WIDE_FIT) {
      return this.wideFields[WIDE_FIT - fit];
    }
    const cacheKey = firstRow * 2 ** MASKED_ROWS + fit;
    let fields = this.partialFields.get(cacheKey);
    if (!fields) {
      fields = this.fieldsOfRows(firstRow, row => ((fit >>> (row - firstRow)) & 1) !== 0);
      this.partialFields.set(cacheKey, fields);
    }
    return fields;
  }

  /** A key of more than MASKED_ROWS rows that only some fit (keys so large are rare): its fields, cached by the rows that fit. */
  private wideFit(
    firstRow: number, text: string, start: number, end: number, seenMask: number, seenDeep: boolean, separators: Int32Array,
    separatorCount: number,
  ): number {
    const fits = (row: number) => this.rowFits(row, text, start, end, seenMask, seenDeep, separators, separatorCount);
    const fitting: number[] = [];
    let packed = 0;
    for (let row = firstRow; (packed & LAST_ROW) === 0; row++) {
      packed = this.rows[row * ROW_CELLS + 1];
      if (fits(row)) {
        fitting.push(row);
      }
    }
    const cacheKey = fitting.join(',');
    let index = this.wideIndex.get(cacheKey);
    if (index === undefined) {
      index = this.wideFields.length;
      this.wideFields.push(this.fieldsOfRows(firstRow, row => fitting.includes(row)));
      this.wideIndex.set(cacheKey, index);
    }
    return WIDE_FIT - index;
  }

  /** What a match says from the key's rows that `fits` picks: the first one's text, their flags and entities. */
  private fieldsOfRows(firstRow: number, fits: (row: number) => boolean): MatchFields {
    const entities: number[] = [];
    let fittingRow = -1;
    let flags = 0;
    let packed = 0;
    for (let row = firstRow; (packed & LAST_ROW) === 0; row++) {
      packed = this.rows[row * ROW_CELLS + 1];
      if (fits(row)) {
        fittingRow = fittingRow < 0 ? row : fittingRow;
        flags |= packed & FLAG_MASK;
        if (!entities.includes(packed >>> FLAG_BITS)) {
          entities.push(packed >>> FLAG_BITS);
        }
      }
    }
    return {
      entityIds: entities.map(e => this.entityIds.at(e)!),
      confidence: (flags & NAME_CONFIDENCE) !== 0 ? 'name' : 'demonym',
      matchedName: this.texts.at(fittingRow)!,
      ambiguous: (flags & AMBIGUOUS) !== 0 || entities.length > 1,
    };
  }

  /** Every separator the text had stands where this row's name has one. */
  private deepFits(row: number, separators: Int32Array, count: number): boolean {
    const allowed = this.deepSeparators.get(row);
    if (!allowed) {
      return false;
    }
    for (let i = 0; i < count; i++) {
      if (!allowed.includes(separators[i])) {
        return false;
      }
    }
    return true;
  }
}
