// The fact base every surface reads: its records and the indexes over them, held as arrays indexed when they load
// (workspace bases) or read from the shipped pack as they are asked for (core/pack).
import * as l10n from '@vscode/l10n';
import { compareDates } from './dates';
import { nameClaims } from './loader/entityNames';
import {
  type CompiledFactBase, type Entity, type EntityKind, type Source, type Statement, SUBJECT_COUNTRY_ID,
} from './model';

export type SourceWithText = Source & { text: string };

/**
 * What a FactBase reads its records and indexes from: arrays indexed when they load (ArrayIndexes, for workspace
 * bases and tests), or the shipped pack, whose records are decoded when first asked for (core/pack/factBasePack.ts).
 * Every list is the same objects on every call, in the orders FactBase documents.
 */
export interface FactIndexes {
  readonly sources: readonly SourceWithText[];
  readonly entities: readonly Entity[];
  readonly statements: readonly Statement[];
  readonly counts: { sources: number; entities: number; statements: number };
  /** Record `i` of the `list`, decoded alone where records are packed: sliced work reads them one at a time. */
  recordAt<L extends RecordList>(list: L, i: number): FactIndexes[L][number];
  /**
   * The same answers from a view that keeps none of the records it decodes (the pack's): for one pass over all of
   * them, which would otherwise keep them all. Its records may be copies: compare them by id.
   */
  transient(): FactIndexes;
  entity(id: string): Entity | undefined;
  statement(id: string): Statement | undefined;
  source(id: string): SourceWithText | undefined;
  entityByNameKey(key: string): Entity | undefined;
  entitiesOfKind(kind: EntityKind): readonly Entity[];
  statementsForCountry(countryId: string): readonly Statement[];
  statementsForEntity(entityId: string): readonly Statement[];
  statementsForSource(sourceId: string): readonly Statement[];
  /** Countries other than North Korea with statements under them, by name. */
  relationCountries(): Entity[];
  subjectStatements(): Statement[];
  missionsOf(countryId: string): Entity[];
}

export type RecordList = 'sources' | 'entities' | 'statements';

export class FactBase {
  private readonly indexes: FactIndexes;

  constructor(data: CompiledFactBase | FactIndexes) {
    this.indexes = 'formatVersion' in data ? new ArrayIndexes(data) : data;
  }

  /** Parses compiled JSON (an export, a test's data) and checks its version before indexing. */
  static fromJson(json: string): FactBase {
    const data = JSON.parse(json) as CompiledFactBase;
    if (data?.formatVersion !== 1 || !Array.isArray(data.entities) || !Array.isArray(data.statements) || !Array.isArray(data.sources)) {
      throw new Error(l10n.t('The compiled fact base is not in a format this version understands (formatVersion 1).'));
    }
    return new FactBase(data);
  }

  /** Every source, in the compiled order (from the pack: all decoded on first use). */
  get sources(): readonly SourceWithText[] {
    return this.indexes.sources;
  }

  get entities(): readonly Entity[] {
    return this.indexes.entities;
  }

  get statements(): readonly Statement[] {
    return this.indexes.statements;
  }

  /** How many records of each kind, without decoding any. */
  get counts(): { sources: number; entities: number; statements: number } {
    return this.indexes.counts;
  }

  /** Record `i` of `sources`, `entities` or `statements`, without decoding the others (see FactIndexes.recordAt). */
  recordAt<L extends RecordList>(list: L, i: number): FactIndexes[L][number] {
    return this.indexes.recordAt(list, i);
  }

  /** This fact base through a view that keeps none of the records it decodes (see FactIndexes.transient). */
  transient(): FactBase {
    return new FactBase(this.indexes.transient());
  }

  entity(id: string): Entity | undefined {
    return this.indexes.entity(id);
  }

  statement(id: string): Statement | undefined {
    return this.indexes.statement(id);
  }

  source(id: string): SourceWithText | undefined {
    return this.indexes.source(id);
  }

  /**
   * The entity with a name, alias, demonym or native name of this nameKey (core/text.ts), the last such in the
   * compiled order: whom a name of a base loaded after this one collides with.
   */
  entityByNameKey(key: string): Entity | undefined {
    return this.indexes.entityByNameKey(key);
  }

  /** By name. */
  entitiesOfKind(kind: EntityKind): readonly Entity[] {
    return this.indexes.entitiesOfKind(kind);
  }

  /** Countries with at least one statement on their relations with North Korea, by name. */
  relationCountries(): Entity[] {
    return this.indexes.relationCountries();
  }

  /** Statements on a country's relations, oldest first (undated last). */
  statementsForCountry(countryId: string): readonly Statement[] {
    return this.indexes.statementsForCountry(countryId);
  }

  /** Statements an entity acts in, is named in, or holds a role in, oldest first. */
  statementsForEntity(entityId: string): readonly Statement[] {
    return this.indexes.statementsForEntity(entityId);
  }

  /** Statements citing a source, in the order their first quote appears in it. */
  statementsForSource(sourceId: string): readonly Statement[] {
    return this.indexes.statementsForSource(sourceId);
  }

  /**
   * Statements on North Korea's relations as a whole (how many countries, how many missions, the closures): naming
   * it and placed under no other country, oldest first.
   */
  subjectStatements(): Statement[] {
    return this.indexes.subjectStatements();
  }

  /** The missions (embassies, consulates, offices) a country sends abroad, by name. */
  missionsOf(countryId: string): Entity[] {
    return this.indexes.missionsOf(countryId);
  }

  /** The countries a statement belongs under: its country actors and the countries of its other actors, except North Korea. */
  countriesOf(st: Statement): string[] {
    return countriesOf(st, id => this.indexes.entity(id));
  }
}

/** The countries a statement belongs under, with `entity` to look its actors up. */
export function countriesOf(st: Statement, entity: (id: string) => Entity | undefined): string[] {
  // A statement has a few actors: a list is cheaper than a Set, and the timeline asks for every statement.
  const out: string[] = [];
  for (const id of st.actors) {
    const country = countryOfActor(entity(id));
    if (country && !out.includes(country)) {
      out.push(country);
    }
  }
  return out;
}

/** The country an actor places a statement under: itself if a country, else the country it is in; not North Korea. */
function countryOfActor(e: Entity | undefined): string | undefined {
  const country = e?.kind === 'country' ? e.id : e?.country;
  return country !== SUBJECT_COUNTRY_ID ? country : undefined;
}

/**
 * The indexes of records held as arrays, built when they load. A workspace base's statements may name the entities
 * of the bases before it: `earlier` looks those up, so they are placed under their countries here too.
 */
export class ArrayIndexes implements FactIndexes {
  readonly sources: readonly SourceWithText[];
  readonly entities: readonly Entity[];
  readonly statements: readonly Statement[];

  private readonly entityById = new Map<string, Entity>();
  private readonly statementById = new Map<string, Statement>();
  private readonly sourceById = new Map<string, SourceWithText>();
  private readonly byKind = new Map<EntityKind, Entity[]>();
  private readonly byCountry = new Map<string, Statement[]>();
  private readonly byEntity = new Map<string, Statement[]>();
  private readonly bySource = new Map<string, Statement[]>();
  private byNameKey?: Map<string, Entity>;

  constructor(data: CompiledFactBase, private readonly earlier: (id: string) => Entity | undefined = () => undefined) {
    this.sources = data.sources;
    this.entities = data.entities;
    this.statements = data.statements;
    for (const s of data.sources) {
      this.sourceById.set(s.id, s);
      this.bySource.set(s.id, []);
    }
    for (const e of data.entities) {
      this.entityById.set(e.id, e);
      listIn(this.byKind, e.kind).push(e);
    }
    for (const st of data.statements) {
      this.statementById.set(st.id, st);
    }
    // One sort of all statements by date instead of one per list: filled in that order, every entity's and country's
    // list is in date order already, as a stable sort of its own would leave it.
    for (const st of [...data.statements].sort(compareStatementsByDate)) {
      for (const id of st.actors) {
        pushOnce(this.byEntity, id, st);
        const country = countryOfActor(this.entityById.get(id) ?? this.earlier(id));
        if (country) {
          pushOnce(this.byCountry, country, st);
        }
      }
      for (const id of st.mentions) {
        pushOnce(this.byEntity, id, st);
      }
      if (st.role) {
        pushOnce(this.byEntity, st.role.holder, st);
        if (st.role.organization) {
          pushOnce(this.byEntity, st.role.organization, st);
        }
      }
    }
    this.indexBySource(data.statements);
    for (const list of this.byKind.values()) {
      list.sort((a, b) => a.name.localeCompare(b.name));
    }
  }

  get counts(): { sources: number; entities: number; statements: number } {
    return { sources: this.sources.length, entities: this.entities.length, statements: this.statements.length };
  }

  recordAt<L extends RecordList>(list: L, i: number): FactIndexes[L][number] {
    return this[list][i];
  }

  /** Its records are held already. */
  transient(): FactIndexes {
    return this;
  }

  entity(id: string): Entity | undefined {
    return this.entityById.get(id);
  }

  statement(id: string): Statement | undefined {
    return this.statementById.get(id);
  }

  source(id: string): SourceWithText | undefined {
    return this.sourceById.get(id);
  }

  entityByNameKey(key: string): Entity | undefined {
    this.byNameKey ??= nameClaims(this.entities);
    return this.byNameKey.get(key);
  }

  entitiesOfKind(kind: EntityKind): readonly Entity[] {
    return this.byKind.get(kind) ?? [];
  }

  relationCountries(): Entity[] {
    return this.entitiesOfKind('country').filter(c => c.id !== SUBJECT_COUNTRY_ID && this.byCountry.has(c.id));
  }

  statementsForCountry(countryId: string): readonly Statement[] {
    return this.byCountry.get(countryId) ?? [];
  }

  statementsForEntity(entityId: string): readonly Statement[] {
    return this.byEntity.get(entityId) ?? [];
  }

  statementsForSource(sourceId: string): readonly Statement[] {
    return this.bySource.get(sourceId) ?? [];
  }

  subjectStatements(): Statement[] {
    return this.statementsForEntity(SUBJECT_COUNTRY_ID).filter(st => countriesOf(st, id => this.entityById.get(id) ?? this.earlier(id)).length === 0);
  }

  missionsOf(countryId: string): Entity[] {
    return this.entitiesOfKind('organization').filter(e => e.sendingState === countryId);
  }

  /**
   * Each source's statements in the order their first quote appears in it (ties keep the compiled order): the first
   * offsets are found in one pass over the evidence, and a list already in text order, as the build writes most, is
   * left as it is.
   */
  private indexBySource(statements: readonly Statement[]): void {
    const firstOffsets = new Map<string, number[]>();
    for (const st of statements) {
      for (const e of st.evidence) {
        const list = listIn(this.bySource, e.source);
        const offsets = listIn(firstOffsets, e.source);
        if (list[list.length - 1] === st) {
          offsets[offsets.length - 1] = Math.min(offsets[offsets.length - 1], e.start);
        } else {
          list.push(st);
          offsets.push(e.start);
        }
      }
    }
    for (const [sourceId, offsets] of firstOffsets) {
      if (offsets.some((offset, i) => i > 0 && offset < offsets[i - 1])) {
        const list = this.bySource.get(sourceId)!;
        const order = offsets.map((_, i) => i).sort((i, j) => offsets[i] - offsets[j]);
        this.bySource.set(sourceId, order.map(i => list[i]));
      }
    }
  }
}

/** Oldest first by date, undated last, then by id so the order is stable. */
export function compareStatementsByDate(a: Statement, b: Statement): number {
  return compareDates(a.date ?? a.asOf, b.date ?? b.asOf) || a.id.localeCompare(b.id);
}

/** Adds `value` to the list under `key` unless it is the last one there already (a statement naming an id twice). */
function pushOnce<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = listIn(map, key);
  if (list[list.length - 1] !== value) {
    list.push(value);
  }
}

/** The list under `key`, made empty when missing. */
function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}
