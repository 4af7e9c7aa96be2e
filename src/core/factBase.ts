// The in-memory fact base with the indexes every surface reads. Built from the compiled form in one pass.
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
      push(this.byKind, e.kind, e);
    }
    for (const st of data.statements) {
      this.statementById.set(st.id, st);
      for (const id of this.involvedEntities(st)) {
        push(this.byEntity, id, st);
      }
      for (const c of this.countriesOf(st)) {
        push(this.byCountry, c, st);
      }
      for (const sourceId of new Set(st.evidence.map(e => e.source))) {
        push(this.bySource, sourceId, st);
      }
    }
    for (const list of [...this.byCountry.values(), ...this.byEntity.values()]) {
      list.sort(compareStatementsByDate);
    }
    for (const [sourceId, list] of this.bySource) {
      const firstOffset = (st: Statement) => Math.min(...st.evidence.filter(e => e.source === sourceId).map(e => e.start));
      list.sort((a, b) => firstOffset(a) - firstOffset(b));
    }
    for (const list of this.byKind.values()) {
      list.sort((a, b) => a.name.localeCompare(b.name));
    }
  }

  /** Parses the compiled JSON (dist/factbase.json) and checks its version before indexing. */
  static fromJson(json: string): FactBase {
    const data = JSON.parse(json) as CompiledFactBase;
    if (data?.formatVersion !== 1 || !Array.isArray(data.entities) || !Array.isArray(data.statements) || !Array.isArray(data.sources)) {
      throw new Error('The compiled fact base is not in a format this version understands (formatVersion 1).');
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

  /** The countries a statement belongs under: its country actors and the countries of its other actors, except North Korea. */
  countriesOf(st: Statement): string[] {
    const out = new Set<string>();
    for (const id of st.actors) {
      const e = this.entityById.get(id);
      const country = e?.kind === 'country' ? e.id : e?.country;
      if (country && country !== SUBJECT_COUNTRY_ID) {
        out.add(country);
      }
    }
    return [...out];
  }

  private involvedEntities(st: Statement): Set<string> {
    const ids = new Set([...st.actors, ...st.mentions]);
    if (st.role) {
      ids.add(st.role.holder);
      if (st.role.organization) {
        ids.add(st.role.organization);
      }
    }
    return ids;
  }
}

/** Oldest first by date, undated last, then by id so the order is stable. */
export function compareStatementsByDate(a: Statement, b: Statement): number {
  return compareDates(a.date ?? a.asOf, b.date ?? b.asOf) || a.id.localeCompare(b.id);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}
