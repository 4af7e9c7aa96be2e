import type { FactBase } from '../factBase';
import type { Entity } from '../model';
import { nameEntriesOf } from './nameEntries';
import { NameMatcher } from './nameMatcher';

/** One matcher per FactBase instance: a changed fact base is a new instance, so it gets a new matcher. */
const matchers = new WeakMap<FactBase, NameMatcher | (() => NameMatcher)>();
/** One matcher per workspace base (its compiled form), kept while that base is unchanged. */
const layerMatchers = new WeakMap<object, NameMatcher>();

/** The matcher for a fact base, built on first use (never at activation) and shared by every surface. */
export function sharedNameMatcher(factBase: FactBase): () => NameMatcher {
  return () => {
    let matcher = matchers.get(factBase);
    if (typeof matcher === 'function') {
      matcher = matcher();
      matchers.set(factBase, matcher);
    } else if (!matcher) {
      matcher = NameMatcher.fromEntries(nameEntriesOf(factBase));
      matchers.set(factBase, matcher);
    }
    return matcher;
  };
}

/**
 * Gives a fact base its matcher, or how to make it on first use: the one the build stored (core/pack), or the
 * store's merged base's, made of each base's own matcher so a change to one base rebuilds no other's.
 */
export function presetNameMatcher(factBase: FactBase, matcher: NameMatcher | (() => NameMatcher)): void {
  matchers.set(factBase, matcher);
}

/** The matcher of one base's own names (a workspace base's), built once per compiled base. */
export function layerNameMatcher(layer: { readonly entities: readonly Entity[] }): NameMatcher {
  let matcher = layerMatchers.get(layer);
  if (!matcher) {
    matcher = NameMatcher.fromEntries(nameEntriesOf(layer));
    layerMatchers.set(layer, matcher);
  }
  return matcher;
}
