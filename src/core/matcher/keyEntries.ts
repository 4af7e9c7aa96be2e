// The entries behind each trie key, in flat typed arrays: turning a found key into a match reads a few neighbouring
// numbers instead of chasing entry objects across a large heap (at 100× the names, each chase is a cache miss).
import type { CompiledName } from './compileName';
import { hasLowerCase } from './compileName';
import type { NameEntry, NameMatch } from './nameMatcher';

/** Separators at depths below this are checked with one AND on a bit mask; deeper ones by a list. */
const MASKED_DEPTHS = 31;
const CAPITALS_ONLY = 1;
const NAME_CONFIDENCE = 2;
const AMBIGUOUS = 4;

export interface KeyedEntry {
  key: number;
  entry: NameEntry;
  compiled: Pick<CompiledName, 'separatorDepths' | 'capitalsOnly'>;
}

export class KeyEntries {
  private constructor(
    /** Entries of key k are rows first[k] to first[k + 1] - 1. */
    private readonly first: Int32Array,
    private readonly separatorMasks: Int32Array,
    private readonly flags: Uint8Array,
    /** Index into entityIds. */
    private readonly entities: Int32Array,
    private readonly entityIds: readonly string[],
    private readonly texts: readonly string[],
    /** Separator depths of the rows that have one at MASKED_DEPTHS or deeper (long names only). */
    private readonly deepSeparators: ReadonlyMap<number, readonly number[]>,
    /** Scratch for the entities of one match: as long as the most rows a key has. */
    private readonly found: Int32Array,
  ) {
    this.allRowsIds = new Array<readonly string[] | undefined>(first.length - 1);
  }

  /** Per key, once matched with every row fitting (the usual case): its entity ids, shared by those matches. */
  private readonly allRowsIds: (readonly string[] | undefined)[];

  static build(keyed: readonly KeyedEntry[], keyCount: number): KeyEntries {
    const rows = [...keyed].sort((a, b) => a.key - b.key);
    const first = new Int32Array(keyCount + 1);
    const separatorMasks = new Int32Array(rows.length);
    const flags = new Uint8Array(rows.length);
    const entities = new Int32Array(rows.length);
    const entityIndex = new Map<string, number>();
    const deepSeparators = new Map<number, readonly number[]>();
    rows.forEach(({ key, entry, compiled }, row) => {
      first[key + 1] = row + 1;
      for (const d of compiled.separatorDepths) {
        if (d < MASKED_DEPTHS) {
          separatorMasks[row] |= 1 << d;
        } else {
          deepSeparators.set(row, compiled.separatorDepths);
        }
      }
      flags[row] = (compiled.capitalsOnly ? CAPITALS_ONLY : 0) | (entry.confidence === 'name' ? NAME_CONFIDENCE : 0) |
        (entry.ambiguous ? AMBIGUOUS : 0);
      let entity = entityIndex.get(entry.entityId);
      if (entity === undefined) {
        entity = entityIndex.size;
        entityIndex.set(entry.entityId, entity);
      }
      entities[row] = entity;
    });
    // Keys without rows (none are built that way, but the table must not depend on it) start where the last ended.
    let mostRows = 0;
    for (let k = 1; k <= keyCount; k++) {
      first[k] = Math.max(first[k], first[k - 1]);
      mostRows = Math.max(mostRows, first[k] - first[k - 1]);
    }
    return new KeyEntries(
      first, separatorMasks, flags, entities, [...entityIndex.keys()], rows.map(r => r.entry.text), deepSeparators, new Int32Array(mostRows),
    );
  }

  /**
   * The match of `key` on text[start, end), from the entries whose separators (`separators[0..count)`, the depths
   * where the text had one) and capitals the text respects; undefined when none does.
   * Its entityIds are frozen and may be shared with other matches of the key.
   */
  matchOf(text: string, start: number, end: number, key: number, separators: Int32Array, separatorCount: number): NameMatch | undefined {
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
    let firstRow = -1;
    let fitting = 0;
    let flagsSeen = 0;
    let lowerCase: boolean | undefined;
    let count = 0;
    const found = this.found;
    const rowsEnd = this.first[key + 1];
    for (let row = this.first[key]; row < rowsEnd; row++) {
      const flags = this.flags[row];
      if ((seenMask & ~this.separatorMasks[row]) !== 0 || (seenDeep && !this.deepFits(row, separators, separatorCount)) ||
          ((flags & CAPITALS_ONLY) !== 0 && (lowerCase ??= hasLowerCase(text.slice(start, end))))) {
        continue;
      }
      if (firstRow < 0) {
        firstRow = row;
      }
      fitting++;
      flagsSeen |= flags;
      const entity = this.entities[row];
      let seen = 0;
      while (seen < count && found[seen] !== entity) {
        seen++;
      }
      if (seen === count) {
        found[count++] = entity;
      }
    }
    if (firstRow < 0) {
      return undefined;
    }
    const entityIds = fitting === rowsEnd - this.first[key]
      ? this.allRowsIds[key] ??= this.idsOf(count)
      : this.idsOf(count);
    return {
      start,
      end,
      entityIds,
      confidence: (flagsSeen & NAME_CONFIDENCE) !== 0 ? 'name' : 'demonym',
      matchedName: this.texts[firstRow],
      ambiguous: (flagsSeen & AMBIGUOUS) !== 0 || count > 1,
    };
  }

  /** The ids of the first `count` entities found, frozen: matches of the same key may share them. */
  private idsOf(count: number): readonly string[] {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      ids.push(this.entityIds[this.found[i]]);
    }
    return Object.freeze(ids);
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
