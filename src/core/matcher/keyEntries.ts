// The entries behind each trie key, packed in one flat typed array: turning a found key into a match reads a few
// neighbouring numbers instead of chasing entry objects across a large heap (at 100× the names, each chase is a
// cache miss). A key is known by its first row, which the trie stores, so no table maps keys to rows; the last row
// of each key is flagged. What a match says besides its offsets is made once per key and shared, for the usual case
// where every entry of the key fits the text.
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
  /** By a key's first row, once matched with every row fitting: what its matches say, shared by them. */
  private readonly allRowsFields: (MatchFields | undefined)[];
  /**
   * By a key's first row and which of its rows fit (firstRow * 2^31 + mask), once matched so: a name written with
   * hyphens fits only some of its spellings' rows, and making its fields at every match cost a fifth of the matches'.
   */
  private readonly partialFields = new Map<number, MatchFields>();
  /** Scratch for the entities of one match: as long as the most rows a key has. */
  private readonly found: Int32Array;

  /** The parts build() makes (the build step stores them: core/pack). */
  constructor(
    readonly rows: Int32Array,
    /** By entity index, as the rows refer to them. */
    readonly entityIds: Strings,
    /** By row: the entry's text. */
    readonly texts: Strings,
    /** Separator depths of the rows that have one at MASKED_DEPTHS or deeper (long names only). */
    readonly deepSeparators: ReadonlyMap<number, readonly number[]>,
    readonly mostRows: number,
  ) {
    this.allRowsFields = new Array<MatchFields | undefined>(rows.length / ROW_CELLS);
    this.found = new Int32Array(mostRows);
  }

  /** The entries, and key k's first row (its rows follow in order, the last flagged): what the trie stores for k. */
  static build(keyed: readonly KeyedEntry[], keyCount: number): { keyEntries: KeyEntries; firstRows: Int32Array } {
    const sorted = [...keyed].sort((a, b) => a.key - b.key);
    const firstRows = new Int32Array(keyCount).fill(-1);
    const rows = new Int32Array(sorted.length * ROW_CELLS);
    const entityIndex = new Map<string, number>();
    const deepSeparators = new Map<number, readonly number[]>();
    let mostRows = 0;
    sorted.forEach(({ key, entry, compiled }, row) => {
      if (firstRows[key] < 0) {
        firstRows[key] = row;
      }
      mostRows = Math.max(mostRows, row - firstRows[key] + 1);
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
    return { keyEntries: new KeyEntries(rows, [...entityIndex.keys()], sorted.map(r => r.entry.text), deepSeparators, mostRows), firstRows };
  }

  /**
   * What a match of the key whose rows begin at `firstRow` on text[start, end) says, from the entries whose separators
   * (`separators[0..separatorCount)`, the depths where the text had one) and capitals the text respects; undefined
   * when none does. Shared by every match the key's entries all fit.
   */
  fieldsOfMatch(text: string, start: number, end: number, firstRow: number, separators: Int32Array, separatorCount: number): MatchFields | undefined {
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
    const { rows, found } = this;
    let fittingRow = -1;
    let allFit = true;
    let fitMask = 0;
    let flagsSeen = 0;
    let lowerCase: boolean | undefined;
    let count = 0;
    let packed = 0;
    let row = firstRow;
    for (; (packed & LAST_ROW) === 0; row++) {
      packed = rows[row * ROW_CELLS + 1];
      if ((seenMask & ~rows[row * ROW_CELLS]) !== 0 || (seenDeep && !this.deepFits(row, separators, separatorCount)) ||
          ((packed & CAPITALS_ONLY) !== 0 && (lowerCase ??= hasLowerCase(text.slice(start, end))))) {
        allFit = false;
        continue;
      }
      if (fittingRow < 0) {
        fittingRow = row;
      }
      fitMask |= 1 << (row - firstRow); // not read when the key has more than MASKED_ROWS rows
      flagsSeen |= packed & FLAG_MASK;
      const entity = packed >>> FLAG_BITS;
      let seen = 0;
      while (seen < count && found[seen] !== entity) {
        seen++;
      }
      if (seen === count) {
        found[count++] = entity;
      }
    }
    if (fittingRow < 0) {
      return undefined;
    }
    if (allFit) {
      return this.allRowsFields[firstRow] ??= this.fieldsOf(fittingRow, flagsSeen, count);
    }
    if (row - firstRow > MASKED_ROWS) {
      return this.fieldsOf(fittingRow, flagsSeen, count);
    }
    const cacheKey = firstRow * 2 ** MASKED_ROWS + fitMask;
    let fields = this.partialFields.get(cacheKey);
    if (!fields) {
      fields = this.fieldsOf(fittingRow, flagsSeen, count);
      this.partialFields.set(cacheKey, fields);
    }
    return fields;
  }

  /** What a match says from its first fitting row, the flags of all, and the first `count` entities found. */
  private fieldsOf(firstRow: number, flags: number, count: number): MatchFields {
    const entityIds: string[] = [];
    for (let i = 0; i < count; i++) {
      entityIds.push(this.entityIds.at(this.found[i])!);
    }
    return {
      entityIds: Object.freeze(entityIds),
      confidence: (flags & NAME_CONFIDENCE) !== 0 ? 'name' : 'demonym',
      matchedName: this.texts.at(firstRow)!,
      ambiguous: (flags & AMBIGUOUS) !== 0 || count > 1,
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
