// The store's merged fact base without merging: the bundled base's indexes (the pack's, never decoded whole for
// this) and each workspace base's own, answered together. Every list is what indexing all their records at once
// gives (FactBase's orders): the layers' lists merged by the same order, earlier layers first on ties.
import { compareStatementsByDate, countriesOf, type FactIndexes, type RecordList, type SourceWithText } from './factBase';
import { type Entity, type EntityKind, type Statement, SUBJECT_COUNTRY_ID } from './model';

export class LayeredIndexes implements FactIndexes {
  private readonly lists = new Map<string, readonly unknown[]>();

  /** `layers`: the bundled base first, then the workspace bases in load order; ids are unique across them. */
  /** `keeps`: whether the merged lists are kept (not in a transient view). */
  constructor(private readonly layers: readonly FactIndexes[], private readonly keeps = true) {}

  get sources(): readonly SourceWithText[] {
    return this.memo('sources', () => this.layers.flatMap(l => l.sources)) as SourceWithText[];
  }

  get entities(): readonly Entity[] {
    return this.memo('entities', () => this.layers.flatMap(l => l.entities)) as Entity[];
  }

  get statements(): readonly Statement[] {
    return this.memo('statements', () => this.layers.flatMap(l => l.statements)) as Statement[];
  }

  get counts(): FactIndexes['counts'] {
    const sum = (key: keyof FactIndexes['counts']) => this.layers.reduce((n, l) => n + l.counts[key], 0);
    return { sources: sum('sources'), entities: sum('entities'), statements: sum('statements') };
  }

  recordAt<L extends RecordList>(list: L, i: number): FactIndexes[L][number] {
    let rest = i;
    for (const layer of this.layers) {
      if (rest < layer.counts[list]) {
        return layer.recordAt(list, rest);
      }
      rest -= layer.counts[list];
    }
    throw new RangeError(`no record ${i} in ${list}`); // not user text: a caller's bug
  }

  transient(): FactIndexes {
    return new LayeredIndexes(this.layers.map(l => l.transient()), false);
  }

  entity(id: string): Entity | undefined {
    return this.first(l => l.entity(id));
  }

  statement(id: string): Statement | undefined {
    return this.first(l => l.statement(id));
  }

  source(id: string): SourceWithText | undefined {
    return this.first(l => l.source(id));
  }

  /** The last layer's claim: the last entity in the order of all records. */
  entityByNameKey(key: string): Entity | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const found = this.layers[i].entityByNameKey(key);
      if (found) {
        return found;
      }
    }
    return undefined;
  }

  entitiesOfKind(kind: EntityKind): readonly Entity[] {
    return this.memo(`kind ${kind}`, () => this.merged(l => l.entitiesOfKind(kind), byName)) as Entity[];
  }

  statementsForCountry(countryId: string): readonly Statement[] {
    return this.memo(`country ${countryId}`, () => this.merged(l => l.statementsForCountry(countryId), compareStatementsByDate)) as Statement[];
  }

  statementsForEntity(entityId: string): readonly Statement[] {
    return this.memo(`entity ${entityId}`, () => this.merged(l => l.statementsForEntity(entityId), compareStatementsByDate)) as Statement[];
  }

  statementsForSource(sourceId: string): readonly Statement[] {
    const first = (st: Statement) => Math.min(...st.evidence.filter(ev => ev.source === sourceId).map(ev => ev.start));
    return this.memo(`source ${sourceId}`, () => this.merged(l => l.statementsForSource(sourceId), (a, b) => first(a) - first(b))) as Statement[];
  }

  relationCountries(): Entity[] {
    return this.entitiesOfKind('country').filter(c => c.id !== SUBJECT_COUNTRY_ID && this.statementsForCountry(c.id).length > 0);
  }

  subjectStatements(): Statement[] {
    return this.statementsForEntity(SUBJECT_COUNTRY_ID).filter(st => countriesOf(st, id => this.entity(id)).length === 0);
  }

  missionsOf(countryId: string): Entity[] {
    return this.merged(l => l.missionsOf(countryId), byName);
  }

  private first<T>(find: (layer: FactIndexes) => T | undefined): T | undefined {
    for (const layer of this.layers) {
      const found = find(layer);
      if (found !== undefined) {
        return found;
      }
    }
    return undefined;
  }

  /** Each layer's list, merged by `order`; on a tie the earlier layer's item first, as a stable sort of all would. */
  private merged<T>(list: (layer: FactIndexes) => readonly T[], order: (a: T, b: T) => number): T[] {
    let out: T[] = [];
    for (const layer of this.layers) {
      const next = list(layer);
      if (next.length === 0) {
        continue;
      }
      if (out.length === 0) {
        out = [...next];
        continue;
      }
      const merged: T[] = [];
      let i = 0;
      let j = 0;
      while (i < out.length || j < next.length) {
        merged.push(j >= next.length || (i < out.length && order(out[i], next[j]) <= 0) ? out[i++] : next[j++]);
      }
      out = merged;
    }
    return out;
  }

  private memo(key: string, make: () => readonly unknown[]): readonly unknown[] {
    let list = this.lists.get(key);
    if (!list) {
      list = make();
      if (this.keeps) {
        this.lists.set(key, list);
      }
    }
    return list;
  }
}

function byName(a: Entity, b: Entity): number {
  return a.name.localeCompare(b.name);
}
