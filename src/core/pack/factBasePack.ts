// The shipped fact base as the build packs it (dist/factbase.pack): every record's JSON, decoded when it is first
// asked for; an id table; every index FactBase offers as lists of record numbers (and the name keys' entities); the
// name matcher's tables. Opening it reads a header and makes views, so what activation costs no longer grows with
// the data, and a hover's card decodes only the records it shows.
import { FactBase, type FactIndexes, type RecordList, type SourceWithText } from '../factBase';
import { presetNameMatcher } from '../matcher';
import { ENTITY_KINDS, type Entity, type EntityKind, type Statement } from '../model';
import { matcherFromPack } from './matcherPack';
import { isPack, PackReader, type StringTable } from './packFile';
import { stringHash } from '../stringHash';

const decoder = new TextDecoder();

/** What the pack's header says of the records. */
export interface RecordsHeader {
  counts: { sources: number; entities: number; statements: number };
  /** Where each kind's entities (by name) start in the `kinds` section, in ENTITY_KINDS order, and where the last ends. */
  kindStarts: number[];
}

/** The shipped fact base from its bytes as read from disk: a pack, or (a workspace export, an old build) compiled JSON. */
export function factBaseFromBytes(bytes: Uint8Array): FactBase {
  if (!isPack(bytes)) {
    return FactBase.fromJson(decoder.decode(bytes));
  }
  const pack = new PackReader(bytes);
  const factBase = new FactBase(new PackedIndexes(pack));
  presetNameMatcher(factBase, matcherFromPack(pack));
  return factBase;
}

/** The records and lists a pack's base has decoded, by record number and by list. */
interface DecodedSoFar {
  decoded: unknown[];
  listed: Map<string, readonly unknown[]>;
}

/** Record numbers: sources first, then entities, then statements, each in the compiled order. */
class PackedIndexes implements FactIndexes {
  readonly counts: RecordsHeader['counts'];
  private readonly firstEntity: number;
  private readonly firstStatement: number;
  private readonly total: number;
  private readonly recordText: Uint8Array;
  /** Record r's JSON starts at recordStarts[r] and ends one byte (a comma) before recordStarts[r + 1]. */
  private readonly recordStarts: Uint32Array;
  /** Records and lists decoded so far, shared with the transient views, which only read them. */
  private readonly decoded: unknown[];
  private readonly ids: StringTable;
  /** Open addressing on stringHash: record number + 1, 0 for an empty slot. */
  private readonly idSlots: Int32Array;
  private readonly kinds: Int32Array;
  private readonly kindStarts: number[];
  private readonly lists = new Map<string, { starts: Uint32Array; items: Int32Array }>();
  private readonly listed: Map<string, readonly unknown[]>;
  /** Name keys in code-unit order, each with the ordinal of the entity claiming it last; opened on first use. */
  private nameKeys?: { keys: StringTable; entities: Int32Array };

  /** `kept`: a transient view's, the caches of the base it views (it keeps nothing in them). */
  constructor(private readonly pack: PackReader, private readonly kept?: DecodedSoFar) {
    const header = pack.header as unknown as RecordsHeader;
    this.counts = header.counts;
    this.firstEntity = header.counts.sources;
    this.firstStatement = this.firstEntity + header.counts.entities;
    this.total = this.firstStatement + header.counts.statements;
    this.recordText = pack.u8('records.text');
    this.recordStarts = pack.u32('records.starts');
    this.decoded = kept?.decoded ?? new Array<unknown>(this.total);
    this.listed = kept?.listed ?? new Map();
    this.ids = pack.strings('ids');
    this.idSlots = pack.i32('ids.slots');
    this.kinds = pack.i32('kinds');
    this.kindStarts = header.kindStarts;
  }

  get sources(): readonly SourceWithText[] {
    return this.memo('sources', () => this.range(0, this.firstEntity)) as SourceWithText[];
  }

  get entities(): readonly Entity[] {
    return this.memo('entities', () => this.range(this.firstEntity, this.firstStatement)) as Entity[];
  }

  get statements(): readonly Statement[] {
    return this.memo('statements', () => this.range(this.firstStatement, this.total)) as Statement[];
  }

  recordAt<L extends RecordList>(list: L, i: number): FactIndexes[L][number] {
    return this.record((list === 'sources' ? 0 : list === 'entities' ? this.firstEntity : this.firstStatement) + i) as FactIndexes[L][number];
  }

  transient(): FactIndexes {
    return new PackedIndexes(this.pack, { decoded: this.decoded, listed: this.listed });
  }

  entity(id: string): Entity | undefined {
    return this.find(id, this.firstEntity, this.firstStatement) as Entity | undefined;
  }

  statement(id: string): Statement | undefined {
    return this.find(id, this.firstStatement, this.total) as Statement | undefined;
  }

  source(id: string): SourceWithText | undefined {
    return this.find(id, 0, this.firstEntity) as SourceWithText | undefined;
  }

  entityByNameKey(key: string): Entity | undefined {
    const { keys, entities } = this.nameKeys ??= { keys: this.pack.strings('nameKeys'), entities: this.pack.i32('nameKeys.entities') };
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = keys.at(mid)!;
      if (at === key) {
        return this.record(this.firstEntity + entities[mid]) as Entity;
      }
      if (at < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return undefined;
  }

  entitiesOfKind(kind: EntityKind): readonly Entity[] {
    const k = ENTITY_KINDS.indexOf(kind);
    return this.memo(`kind ${kind}`, () =>
      Array.from(this.kinds.subarray(this.kindStarts[k], this.kindStarts[k + 1]), e => this.record(this.firstEntity + e))) as Entity[];
  }

  statementsForCountry(countryId: string): readonly Statement[] {
    return this.statementsOf('byCountry', this.ordinal(countryId, this.firstEntity, this.firstStatement));
  }

  statementsForEntity(entityId: string): readonly Statement[] {
    return this.statementsOf('byEntity', this.ordinal(entityId, this.firstEntity, this.firstStatement));
  }

  statementsForSource(sourceId: string): readonly Statement[] {
    return this.statementsOf('bySource', this.ordinal(sourceId, 0, this.firstEntity));
  }

  relationCountries(): Entity[] {
    return [...this.memo('relationCountries', () => Array.from(this.pack.i32('relationCountries'), e => this.record(this.firstEntity + e)))] as Entity[];
  }

  subjectStatements(): Statement[] {
    return [...this.memo('subjectStatements', () => Array.from(this.pack.i32('subjectStatements'), st => this.record(this.firstStatement + st)))] as Statement[];
  }

  missionsOf(countryId: string): Entity[] {
    const country = this.ordinal(countryId, this.firstEntity, this.firstStatement);
    return [...this.listOf('missions', country, this.firstEntity)] as Entity[];
  }

  private statementsOf(index: string, ordinal: number): readonly Statement[] {
    return this.listOf(index, ordinal, this.firstStatement) as Statement[];
  }

  /** The records index `name` lists under the record of ordinal `ordinal` (-1: none), numbered from `first`. */
  private listOf(name: string, ordinal: number, first: number): readonly unknown[] {
    if (ordinal < 0) {
      return [];
    }
    return this.memo(`${name} ${ordinal}`, () => {
      let list = this.lists.get(name);
      if (!list) {
        list = { starts: this.pack.u32(`${name}.starts`), items: this.pack.i32(`${name}.items`) };
        this.lists.set(name, list);
      }
      return Array.from(list.items.subarray(list.starts[ordinal], list.starts[ordinal + 1]), n => this.record(first + n));
    });
  }

  /** The ordinal (from `from`) of the record with this id among records [from, to), or -1. */
  private ordinal(id: string, from: number, to: number): number {
    const slots = this.idSlots;
    const mask = slots.length - 1;
    for (let slot = stringHash(id) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const r = slots[slot] - 1;
      if (r >= from && r < to && this.ids.at(r) === id) {
        return r - from;
      }
    }
    return -1;
  }

  private find(id: string, from: number, to: number): unknown {
    const ordinal = this.ordinal(id, from, to);
    return ordinal < 0 ? undefined : this.record(from + ordinal);
  }

  private record(r: number): unknown {
    const known = this.decoded[r];
    if (known !== undefined) {
      return known;
    }
    const fresh = this.decode(r);
    if (!this.kept) {
      this.decoded[r] = fresh;
    }
    return fresh;
  }

  private decode(r: number): unknown {
    return JSON.parse(decoder.decode(this.recordText.subarray(this.recordStarts[r], this.recordStarts[r + 1] - 1)));
  }

  /** Records [from, to), decoded in one JSON.parse; those decoded before keep their objects. */
  private range(from: number, to: number): unknown[] {
    if (from === to) {
      return [];
    }
    const all = JSON.parse(`[${decoder.decode(this.recordText.subarray(this.recordStarts[from], this.recordStarts[to] - 1))}]`) as unknown[];
    return all.map((fresh, i) => this.decoded[from + i] ?? (this.kept ? fresh : (this.decoded[from + i] = fresh)));
  }

  private memo(key: string, make: () => readonly unknown[]): readonly unknown[] {
    let list = this.listed.get(key);
    if (!list) {
      list = make();
      if (!this.kept) {
        this.listed.set(key, list);
      }
    }
    return list;
  }
}
