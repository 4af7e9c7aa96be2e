import type { FactBase } from '../factBase';
import { nameEntriesOf } from './nameEntries';
import { NameMatcher } from './nameMatcher';

/** One matcher per FactBase instance: a changed fact base is a new instance, so it gets a new matcher. */
const matchers = new WeakMap<FactBase, NameMatcher>();

/** The matcher for a fact base, built on first use (never at activation) and shared by every surface. */
export function sharedNameMatcher(factBase: FactBase): () => NameMatcher {
  return () => {
    let matcher = matchers.get(factBase);
    if (!matcher) {
      matcher = NameMatcher.fromEntries(nameEntriesOf(factBase));
      matchers.set(factBase, matcher);
    }
    return matcher;
  };
}

/** Gives a fact base the matcher the build stored for it (core/pack), so it is never built at run time. */
export function presetNameMatcher(factBase: FactBase, matcher: NameMatcher): void {
  matchers.set(factBase, matcher);
}
