// The in-memory fact base with the indexes every surface reads, built from the compiled form when it loads.
import * as l10n from '@vscode/l10n';
import { compareDates } from './dates';
import {
  type CompiledFactBase, type Entity, type EntityKind, type Source, type Statement, SUBJECT_COUNTRY_ID,
} from './model';

export type SourceWithText = Source & { text: string };

export class FactBase {
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

  constructor(data: CompiledFactBase) {
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
        const country = this.countryOfActor(id);
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

  /** Parses the compiled JSON (dist/factbase.json) and checks its version before indexing. */
  static fromJson(json: string): FactBase {
    const data = JSON.parse(json) as CompiledFactBase;
    if (data?.formatVersion !== 1 || !Array.isArray(data.entities) || !Array.isArray(data.statements) || !Array.isArray(data.sources)) {
      throw new Error(l10n.t('The compiled fact base is not in a format this version understands (formatVersion 1).'));
    }
    return new FactBase(data);
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

  entitiesOfKind(kind: EntityKind): readonly Entity[] {
    return this.byKind.get(kind) ?? [];
  }

  /** Countries with at least one statement on their relations with North Korea, by name. */
  relationCountries(): Entity[] {
    return this.entitiesOfKind('country').filter(c => c.id !== SUBJECT_COUNTRY_ID && this.byCountry.has(c.id));
  }

  /** Statements on a country's relations, oldest first (undated last). */
  statementsForCountry(countryId: string): readonly Statement[] {
    return this.byCountry.get(countryId) ?? [];
  }

  /** Statements an entity acts in, is named in, or holds a role in, oldest first. */
  statementsForEntity(entityId: string): readonly Statement[] {
    return this.byEntity.get(entityId) ?? [];
  }

  /** Statements citing a source, in the order their first quote appears in it. */
  statementsForSource(sourceId: string): readonly Statement[] {
    return this.bySource.get(sourceId) ?? [];
  }

  /**
   * Statements on North Korea's relations as a whole (how many countries, how many missions, the closures): naming
   * it and placed under no other country, oldest first.
   */
  subjectStatements(): Statement[] {
    return this.statementsForEntity(SUBJECT_COUNTRY_ID).filter(st => this.countriesOf(st).length === 0);
  }

  /** The missions (embassies, consulates, offices) a country sends abroad, by name. */
  missionsOf(countryId: string): Entity[] {
    return this.entitiesOfKind('organization').filter(e => e.sendingState === countryId);
  }

  /** The countries a statement belongs under: its country actors and the countries of its other actors, except North Korea. */
  countriesOf(st: Statement): string[] {
    // A statement has a few actors: a list is cheaper than a Set, and the timeline asks for every statement.
    const out: string[] = [];
    for (const id of st.actors) {
      const country = this.countryOfActor(id);
      if (country && !out.includes(country)) {
        out.push(country);
      }
    }
    return out;
  }

  /** The country an actor places a statement under: itself if a country, else the country it is in; not North Korea. */
  private countryOfActor(id: string): string | undefined {
    const e = this.entityById.get(id);
    const country = e?.kind === 'country' ? e.id : e?.country;
    return country !== SUBJECT_COUNTRY_ID ? country : undefined;
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
