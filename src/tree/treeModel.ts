// What the five sidebar views contain, independent of the vscode API: nodes with stable ids, their children in
// the chosen order, their parents (so TreeView.reveal works for any item), and the text filter.
import type { FactBase } from '../core/factBase';
import type { CurrentFactBase } from '../core/factStore';
import { type EntityKind, type Statement, SUBJECT_COUNTRY_ID } from '../core/model';

export const VIEW_KEYS = ['countries', 'people', 'organizations', 'places', 'sources'] as const;
export type ViewKey = typeof VIEW_KEYS[number];

const VIEW_OF_KIND: Record<EntityKind, ViewKey> = { country: 'countries', person: 'people', organization: 'organizations', place: 'places' };
const KIND_OF_VIEW: Partial<Record<ViewKey, EntityKind>> = { people: 'person', organizations: 'organization', places: 'place' };

export type AtlasNode =
  /** A root, or (parent set) one of North Korea's missions under its node in Countries. */
  | { readonly type: 'entity'; readonly id: string; readonly view: ViewKey; readonly entityId: string; readonly parent?: ParentNode }
  | { readonly type: 'source'; readonly id: string; readonly view: 'sources'; readonly sourceId: string }
  | { readonly type: 'statement'; readonly id: string; readonly view: ViewKey; readonly statementId: string; readonly parent: ParentNode };
export type ParentNode = Exclude<AtlasNode, { type: 'statement' }>;

export type EventOrder = 'oldest-first' | 'newest-first';

export class TreeModel {
  order: EventOrder = 'oldest-first';
  /** Ids of the entities and statements the filter lets through; undefined when there is no filter. */
  private visibleIds: ReadonlySet<string> | undefined;
  /** One object per id, so the tree sees the same element for the same item. */
  private readonly nodes = new Map<string, AtlasNode>();

  constructor(private readonly store: CurrentFactBase) {}

  /** Read on every use: the store's fact base changes when a workspace fact base does. Node ids stay. */
  get factBase(): FactBase {
    return this.store.factBase;
  }

  get filtered(): boolean {
    return this.visibleIds !== undefined;
  }

  setFilter(visibleIds: ReadonlySet<string> | undefined): void {
    this.visibleIds = visibleIds;
  }

  roots(view: ViewKey): ParentNode[] {
    return this.rootsWith(view, this.visibleIds);
  }

  /** A parent's statements; under a filter, all of them if the parent itself matches, else the matching ones. */
  children(node: AtlasNode): AtlasNode[] {
    return this.childrenWith(node, this.visibleIds);
  }

  private rootsWith(view: ViewKey, visible: ReadonlySet<string> | undefined): ParentNode[] {
    const fb = this.factBase;
    const roots: ParentNode[] = view === 'sources'
      ? fb.sources.map(s => this.node({ type: 'source', id: `sources/${s.id}`, view, sourceId: s.id }))
      : this.rootEntities(view).map(e => this.node({ type: 'entity', id: `${view}/${e.id}`, view, entityId: e.id }));
    return visible ? roots.filter(node => this.childrenWith(node, visible).length > 0 || passes(node, visible)) : roots;
  }

  private childrenWith(node: AtlasNode, visible: ReadonlySet<string> | undefined): AtlasNode[] {
    if (node.type === 'statement') {
      return [];
    }
    const all = this.statementsUnder(node);
    const statements = !visible || passes(node, visible) ? all : all.filter(st => visible.has(st.id));
    const facts = statements.map(st => this.node({ type: 'statement', id: `${node.id}/${st.id}`, view: node.view, statementId: st.id, parent: node }));
    return [...facts, ...this.missionsUnder(node, visible)];
  }

  /** Under North Korea's node in Countries, after its own facts: the missions it sends abroad, each with its facts. */
  private missionsUnder(node: ParentNode, visible: ReadonlySet<string> | undefined): ParentNode[] {
    if (!isSubjectNode(node)) {
      return [];
    }
    const missions = this.factBase.missionsOf(SUBJECT_COUNTRY_ID)
      .map(e => this.node({ type: 'entity', id: `${node.id}/${e.id}`, view: node.view, entityId: e.id, parent: node }));
    return visible && !passes(node, visible)
      ? missions.filter(m => passes(m, visible) || this.childrenWith(m, visible).length > 0) : missions;
  }

  parent(node: AtlasNode): ParentNode | undefined {
    return node.type === 'source' ? undefined : node.parent;
  }

  /**
   * The item that stands for an entity, statement or source id, filter or not; undefined if the sidebar has none.
   * A statement sits under its country, else under the first other entity it names, else under its source.
   */
  nodeFor(id: string): AtlasNode | undefined {
    const fb = this.factBase;
    const entity = fb.entity(id);
    if (entity) {
      return this.rootsWith(VIEW_OF_KIND[entity.kind], undefined).find(n => n.type === 'entity' && n.entityId === id);
    }
    // A statement on North Korea's relations as a whole sits under North Korea's node.
    const subject = this.factBase.entity(SUBJECT_COUNTRY_ID) ? [SUBJECT_COUNTRY_ID] : [];
    const statement = fb.statement(id);
    if (!statement) {
      return this.rootsWith('sources', undefined).find(n => n.type === 'source' && n.sourceId === id);
    }
    const homes = [
      ...fb.countriesOf(statement),
      ...subject,
      ...[...statement.actors, ...statement.mentions].filter(e => fb.entity(e)?.kind !== 'country'),
      ...statement.evidence.map(ev => ev.source),
    ];
    for (const home of homes) {
      const parent = this.nodeFor(home);
      const child = parent && this.childrenWith(parent, undefined).find(n => n.type === 'statement' && n.statementId === id);
      if (child) {
        return child;
      }
    }
    return undefined;
  }

  /** Whether a node shows under the current filter. */
  isVisible(node: AtlasNode): boolean {
    const parent = this.parent(node);
    return parent ? this.isVisible(parent) && this.children(parent).includes(node) : this.roots(node.view).includes(node as ParentNode);
  }

  /** Countries: North Korea first, the subject of the fact base, then every country it has relations with. */
  private rootEntities(view: ViewKey) {
    const kind = KIND_OF_VIEW[view];
    if (kind) {
      return this.factBase.entitiesOfKind(kind);
    }
    const subject = this.factBase.entity(SUBJECT_COUNTRY_ID);
    return [...(subject ? [subject] : []), ...this.factBase.relationCountries()];
  }

  private statementsUnder(node: ParentNode): readonly Statement[] {
    const fb = this.factBase;
    if (node.type === 'source') {
      return fb.statementsForSource(node.sourceId); // text order: the article as it reads
    }
    const list = isSubjectNode(node) ? fb.subjectStatements()
      : node.view === 'countries' && !node.parent ? fb.statementsForCountry(node.entityId) : fb.statementsForEntity(node.entityId);
    if (this.order === 'oldest-first') {
      return list;
    }
    // Newest first, but undated statements stay last: their place in time is unknown either way.
    const isDated = (st: Statement) => Boolean(st.date ?? st.asOf);
    return [...list.filter(isDated).reverse(), ...list.filter(st => !isDated(st))];
  }

  private node<N extends AtlasNode>(fresh: N): N {
    const known = this.nodes.get(fresh.id);
    if (known) {
      return known as N;
    }
    this.nodes.set(fresh.id, fresh);
    return fresh;
  }
}

/** North Korea's own node at the top of Countries. */
function isSubjectNode(node: ParentNode): boolean {
  return node.type === 'entity' && node.view === 'countries' && node.entityId === SUBJECT_COUNTRY_ID && !node.parent;
}

/** A source matches only through its statements: search does not index articles as a whole. */
function passes(node: ParentNode, visible: ReadonlySet<string>): boolean {
  return node.type === 'entity' && visible.has(node.entityId);
}
