// What a host that just opened a fact base answers first, shared by the load and cold-start suites: a hover on a
// name (the card), and the Countries view's roots with one country expanded.
import { type HoverCard, hoverCardAt } from '../src/core/card';
import { FactStore } from '../src/core/factStore';
import { sharedNameMatcher } from '../src/core/matcher';
import type { CompiledFactBase } from '../src/core/model';
import { factBaseFromBytes } from '../src/core/pack/factBasePack';
import { nameKey } from '../src/core/text';
import { TreeModel } from '../src/tree/treeModel';

export interface HoverTask {
  /** The hovered line, the offset hovered and the entity whose card it must show. */
  line: string;
  character: number;
  entityId: string;
}

/** A hover on a person's name no other entity bears, in a line of prose. */
export function hoverTask(base: CompiledFactBase): HoverTask {
  const bearers = new Map<string, number>();
  for (const e of base.entities) {
    for (const key of new Set([e.name, ...e.aliases, ...e.native.map(n => n.text), ...e.demonyms].map(nameKey))) {
      bearers.set(key, (bearers.get(key) ?? 0) + 1);
    }
  }
  const person = base.entities.find(e => e.kind === 'person' && bearers.get(nameKey(e.name)) === 1);
  if (!person) {
    throw new Error('no person with a name of their own to hover');
  }
  const line = `Talks were held with ${person.name} in the capital.`;
  return { line, character: line.indexOf(person.name) + 1, entityId: person.id };
}

/** The store over the shipped bytes (a pack, or compiled JSON) and the hover's card, checked to be the task's. */
export function firstCard(bytes: Uint8Array, task: HoverTask): { store: FactStore; card: HoverCard } {
  const store = new FactStore(factBaseFromBytes(bytes));
  const card = hoverCardAt(store.factBase, sharedNameMatcher(store.factBase)(), task.line, task.character);
  checkCard(card, task);
  return { store, card: card! };
}

export function checkCard(card: HoverCard | undefined, task: HoverTask): void {
  if (card?.match.entityIds[0] !== task.entityId || card.match.ambiguous) {
    throw new Error(`the hover on "${task.line}" at ${task.character} did not show ${task.entityId}'s card`);
  }
}

/** The first card, then the Countries view's roots and the first country other than North Korea expanded. */
export function firstRequests(bytes: Uint8Array, task: HoverTask): unknown {
  const { store, card } = firstCard(bytes, task);
  const tree = new TreeModel(store);
  const countries = tree.roots('countries');
  return [card, tree.children(countries[countries.length > 1 ? 1 : 0])];
}
