import type { FactBase } from '../factBase';
import { nameEntriesOf } from './nameEntries';
import { NameMatcher } from './nameMatcher';

/** The matcher for a fact base, built on first use (never at activation) and shared by every surface. */
export function sharedNameMatcher(factBase: FactBase): () => NameMatcher {
  let matcher: NameMatcher | undefined;
  return () => (matcher ??= NameMatcher.fromEntries(nameEntriesOf(factBase)));
}
