// The name matcher: every known name in a text, for hover cards, reader links and whole-document scans.
export { NameMatcher, type NameEntry, type NameMatch } from './nameMatcher';
export { nameEntriesOf } from './nameEntries';
export { NameMatches } from './nameMatches';
export { layerNameMatcher, presetNameMatcher, sharedNameMatcher } from './sharedNameMatcher';
