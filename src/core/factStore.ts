// The one store of facts every surface reads: the bundled fact base plus each workspace folder's, answered as one
// FactBase (LayeredIndexes: the bundled base is never re-indexed, nor decoded whole, for it). Surfaces ask for
// `factBase` when they use it and refresh on `onDidChange`; the FactBase of a state is a new instance per change, so
// caches keyed by instance (the name matcher, the search index) follow by themselves.
import { ArrayIndexes, FactBase, type FactIndexes } from './factBase';
import { LayeredIndexes } from './layeredIndexes';
import { NameMatcher, layerNameMatcher, presetNameMatcher, sharedNameMatcher } from './matcher';
import type { CompiledFactBase } from './model';

/** What a surface holds: the store, asked for the current fact base whenever it is used. */
export interface CurrentFactBase {
  readonly factBase: FactBase;
}

export interface Disposable {
  dispose(): void;
}

export class FactStore {
  /** Workspace bases by key (their folder), in the order they load: each may refer to the ones before it. */
  private readonly layers = new Map<string, CompiledFactBase>();
  private readonly listeners = new Set<(factBase: FactBase) => void>();
  private current: FactBase;

  constructor(private readonly bundled: FactBase) {
    this.current = bundled;
  }

  get factBase(): FactBase {
    return this.current;
  }

  /** The fact base the extension ships, without any workspace base. */
  get bundledFactBase(): FactBase {
    return this.bundled;
  }

  /** The workspace base loaded from the folder `key`, unmerged. */
  workspaceBase(key: string): CompiledFactBase | undefined {
    return this.layers.get(key);
  }

  /** Keys of the workspace bases, in load order. */
  get workspaceKeys(): string[] {
    return [...this.layers.keys()];
  }

  /**
   * The bundled base and every workspace base loaded before `key` (all of them if `key` is not loaded yet), with the
   * `pending` bases (not yet set) in place of the store's: what a re-load of one base and the ones after it is loaded
   * against (the loader's LoadContext), layered as the store's own, so the bundled base is not listed for it.
   */
  layersBefore(key: string, pending: ReadonlyMap<string, CompiledFactBase | undefined> = new Map()): FactBase {
    const before: CompiledFactBase[] = [];
    for (const k of new Set([...this.layers.keys(), ...pending.keys()])) {
      if (k === key) {
        break;
      }
      const layer = pending.has(k) ? pending.get(k) : this.layers.get(k);
      if (layer) {
        before.push(layer);
      }
    }
    return before.length === 0 ? this.bundled : new FactBase(layered(this.bundled, before));
  }

  /** Sets (with undefined: removes) workspace bases by key, then tells every listener once. */
  setWorkspaceBases(changes: Iterable<[string, CompiledFactBase | undefined]>): void {
    for (const [key, base] of changes) {
      if (base) {
        this.layers.set(key, base);
      } else {
        this.layers.delete(key);
      }
    }
    const layers = [...this.layers.values()];
    this.current = layers.length === 0 ? this.bundled : new FactBase(layered(this.bundled, layers));
    if (layers.length > 0) {
      // Each base keeps its own matcher (the bundled one comes ready-built): a change rebuilds the changed base's only.
      const bundled = this.bundled;
      presetNameMatcher(this.current, () => NameMatcher.layered([sharedNameMatcher(bundled)(), ...layers.map(layerNameMatcher)]));
    }
    for (const listener of [...this.listeners]) {
      listener(this.current);
    }
  }

  onDidChange(listener: (factBase: FactBase) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => void this.listeners.delete(listener) };
  }
}

/** The bundled base and the workspace bases as one: each workspace base indexed on its own, naming the entities of those before it. */
function layered(bundled: FactBase, layers: readonly CompiledFactBase[]): FactIndexes {
  const indexes: FactIndexes[] = [bundled];
  for (const layer of layers) {
    const before = [...indexes];
    indexes.push(new ArrayIndexes(layer, id => before.map(l => l.entity(id)).find(e => e !== undefined)));
  }
  return new LayeredIndexes(indexes);
}
