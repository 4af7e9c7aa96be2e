// Issue 16: the replacement quotes the quick fixes offer: the closest passage of the source for a quote not found,
// and each occurrence of an ambiguous quote extended by the words before it until it is unique. Each offered quote
// loads: the loader finds it once.
import * as assert from 'assert';
import { locateQuote } from '../../src/core/loader/locateQuote';
import { closestPassage, extendedQuotes } from '../../src/core/loader/quoteSuggestions';

const SOURCE = 'Ghana and North Korea established diplomatic relations in 1964. The embassy closed in 1998.\n'
  + 'Mongolia said: “Relations were established in 1948.” Relations were established in 1948, the ministry said.\n';
const uniquelyFound = (quote: string) => assert.ok(!('code' in locateQuote(SOURCE, quote)), `${quote} does not load`);

describe('quote suggestions', () => {
  it('offer the passage a misremembered quote comes closest to, with the quote\'s end punctuation', () => {
    const [fix] = closestPassage(SOURCE, 'Ghana and North Korea set up diplomatic relations in 1964.');
    assert.deepStrictEqual(fix, { kind: 'closest', quote: 'Ghana and North Korea established diplomatic relations in 1964.' });
    uniquelyFound(fix.quote);
    assert.deepStrictEqual(closestPassage(SOURCE, 'The embassy "closed" in 1998'), [{ kind: 'closest', quote: 'The embassy closed in 1998' }]);
    assert.deepStrictEqual(closestPassage(SOURCE, 'Ghana and North Korea established relations in 1964.'),
      [{ kind: 'closest', quote: 'Ghana and North Korea established diplomatic relations in 1964.' }], 'a word left out');
  });

  it('offer nothing for a quote the source does not come close to', () => {
    assert.deepStrictEqual(closestPassage(SOURCE, 'Cuba and North Korea signed a trade pact in 1960.'), []);
    assert.deepStrictEqual(closestPassage(SOURCE, '…'), []);
  });

  it('extend each occurrence of an ambiguous quote by the words before it, within its line', () => {
    const fixes = extendedQuotes(SOURCE, 'Relations were established in 1948');
    assert.deepStrictEqual(fixes, [
      { kind: 'extend', quote: 'said: “Relations were established in 1948', occurrence: 1, occurrences: 2 },
      { kind: 'extend', quote: '1948.” Relations were established in 1948', occurrence: 2, occurrences: 2 },
    ]);
    for (const fix of fixes) {
      uniquelyFound(fix.quote);
    }
  });

  it('extend an occurrence at the start of a line by the words after it', () => {
    const source = 'The envoy said so.\nThe envoy said no.\n';
    assert.deepStrictEqual(extendedQuotes(source, 'The envoy said'), [
      { kind: 'extend', quote: 'The envoy said so', occurrence: 1, occurrences: 2 },
      { kind: 'extend', quote: 'The envoy said no', occurrence: 2, occurrences: 2 },
    ]);
  });

  it('come with the loader\'s error for a quote without a prefix only', () => {
    const notFound = locateQuote(SOURCE, 'The embassy shut in 1998.');
    assert.ok('code' in notFound && notFound.suggestions[0]?.quote === 'The embassy closed in 1998.', JSON.stringify(notFound));
    const behindPrefix = locateQuote(SOURCE, 'The embassy shut in 1998.', 'x ');
    assert.ok('code' in behindPrefix && behindPrefix.suggestions.length === 0);
  });
});
