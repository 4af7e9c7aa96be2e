// The commonest English words. A name whose first word is one of them (`To Thae-ok`, `An Song-il`, `Will Smith`,
// `the United Nations`) is announced to the scan by its first two words, so ordinary prose does not walk the trie
// at every "to", "an" or "will".
const COMMON = (
  'a about after all also an and any are as at be because been before but by can could did do does down each even ' +
  'first for from get go had has have he her here him his how i if in into is it its just know like made make man ' +
  'many may me more most much must my new no not now of on one only or other our out over said same see she should ' +
  'so some such than that the their them then there these they this those through time to two under up us very was ' +
  'way we well were what when where which while who will with would year years you your'
).split(' ');

/** Folded units of each common word, keyed by their join(',') as compileName keys words. */
export const COMMON_WORD_KEYS: ReadonlySet<string> = new Set(COMMON.map(w => Array.from(w, c => c.charCodeAt(0)).join(',')));
