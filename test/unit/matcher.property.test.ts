// NameMatcher against the slow oracle (bench/matcher/oracle.ts) on random names and random text in every script.
// `npm test` runs a few hundred cases with a fixed seed; MATCHER_RUNS and MATCHER_SEED widen the search.
import * as assert from 'assert';
import fc from 'fast-check';
import { OracleMatcher } from '../../bench/matcher/oracle';
import { NameMatcher } from '../../src/core/matcher';

const RUNS = Number(process.env.MATCHER_RUNS ?? 300);
const SEED = Number(process.env.MATCHER_SEED ?? 7070707);

/** Names that exercise folding, separators, acronyms, prefixes of each other and non-Latin scripts. */
const NAME_POOL = [
  'Kim', 'Kim Il-sung', 'Kim Il Sung', 'Kim Jong-un', 'Kil Mun-yong', 'Ghana', 'Ghanaian', 'Korea', 'North Korea',
  'Korea–Ghana Friendship Association', 'DPRK', 'U.S.', 'US', "O'Carroll", 'Chad O’Carroll', 'Ulan Bator', 'Ulaanbaatar',
  '조선', '조선민주주의인민공화국', 'Монгол', 'БНАСАУ', 'Zoë', 'Ørsted', 'ﬁnland', '𝐀lpha', 'Σίσυφος', 'İzmir',
  'Paek Nam-sun', 'Ri Su Yong', 'Ri', 'Tsakhiagiin Elbegdorj', "Democratic People's Republic of Korea", 'Trans-Siberian',
  // Opening with a common word, so the scan announces them by their first two words.
  'To Thae-ok', 'An Song-il', 'An Songil', 'Will Smith', 'the United Nations', 'May', 'So Jong-won', 'An',
];
const SEPARATORS = ['', ' ', '-', '–', '—', '\u00a0', '  ', ' - '];
const NOISE = [' to ', ' an ', 'the ', 'will', '\u0000', '\u200d', '\u200f', '\u202e', '\u0301', '\u0308', '\ud83d', '\ude00', '😀', '🇰🇵', '𝒜', 'ⓜ', '½',
  'ß', 'ǅ', '…', '.', ',', "'", '’', 's', '\n', '\t', 'עברית', 'العربية', '中文', 'ไทย', 'हिन्दी'];

const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäöü'.split(''));
const randomName = fc.array(fc.string({ unit: letter, minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 })
  .map(parts => parts.map(p => p[0].toUpperCase() + p.slice(1)).join(' '));

const entries = fc.array(
  fc.record({
    text: fc.oneof(fc.constantFrom(...NAME_POOL), randomName),
    entityId: fc.constantFrom('a', 'b', 'c', 'd'),
    confidence: fc.constantFrom<'name' | 'demonym'>('name', 'name', 'demonym'),
    ambiguous: fc.boolean(),
  }),
  { minLength: 0, maxLength: 12 },
);

/** A name as a writer might type it: case changed, separators swapped or dropped, apostrophes curled, marks added. */
function variant(name: string): fc.Arbitrary<string> {
  const chars = [...name];
  return fc.tuple(...chars.map(ch => /[\s\p{Pd}]/u.test(ch)
    ? fc.constantFrom(...SEPARATORS)
    : /['’]/u.test(ch)
      ? fc.constantFrom("'", '’', '')
      : fc.constantFrom(ch, ch.toUpperCase(), ch.toLowerCase(), `${ch}\u0301`, ch)))
    .map(parts => parts.join(''));
}

const fragment = (names: string[]) => fc.oneof(
  names.length > 0 ? fc.constantFrom(...names).chain(variant) : fc.constant('name'),
  fc.constantFrom(...SEPARATORS),
  fc.constantFrom(...NOISE),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.string({ unit: letter, maxLength: 5 }),
);

const scenario = entries.chain(list => fc.tuple(
  fc.constant(list),
  fc.array(fragment(list.map(e => e.text)), { maxLength: 30 }).map(parts => parts.join('')),
));

describe('NameMatcher against the oracle (property)', function () {
  this.timeout(0);
  it('findAll equals the oracle on random names and text, and never throws', () => {
    fc.assert(fc.property(scenario, ([list, text]) => {
      const expected = new OracleMatcher(list).findAll(text);
      assert.deepStrictEqual(NameMatcher.fromEntries(list).findAll(text), expected);
    }), { numRuns: RUNS, seed: SEED });
  });

  it('finds the same wherever the scan\'s batch edge (every 1,024 characters) falls in the text', () => {
    // Non-word filler moves the text across the first edge one offset at a time, so a word, a two-word opening or a
    // name is split there; what is found must only move with it.
    fc.assert(fc.property(scenario, ([list, text]) => {
      const matcher = NameMatcher.fromEntries(list);
      const alone = matcher.findAll(text);
      for (let k = 0; k <= Math.min(text.length, 48); k++) {
        const fill = 1024 - k;
        const shifted = matcher.findAll(`${'.'.repeat(fill - 1)}\n${text}`);
        assert.deepStrictEqual(shifted, alone.map(m => ({ ...m, start: m.start + fill, end: m.end + fill })), `edge at ${k}`);
      }
    }), { numRuns: RUNS, seed: SEED });
  });

  it('matchAt gives the findAll match covering each offset', () => {
    fc.assert(fc.property(scenario, ([list, text]) => {
      const matcher = NameMatcher.fromEntries(list);
      const all = matcher.findAll(text);
      for (let offset = 0; offset <= text.length; offset++) {
        assert.deepStrictEqual(matcher.matchAt(text, offset), all.find(m => m.start <= offset && offset < m.end), `offset ${offset}`);
      }
    }), { numRuns: RUNS, seed: SEED });
  });

  it('layered matchers find what one matcher with all their names finds', () => {
    // Each entity in one layer, as each workspace base defines its own ids.
    const layerOf: Record<string, number> = { a: 0, b: 1, c: 1, d: 2 };
    fc.assert(fc.property(scenario, fc.nat(), fc.nat(), ([list, text], a, b) => {
      const layers = [0, 1, 2].map(l => list.filter(e => layerOf[e.entityId] === l));
      const one = NameMatcher.fromEntries(layers.flat());
      const layered = NameMatcher.layered(layers.map(l => NameMatcher.fromEntries(l)));
      assert.deepStrictEqual(layered.findAll(text), one.findAll(text));
      const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
      assert.deepStrictEqual(layered.findAll(text, from, to), one.findAll(text, from, to));
      for (let offset = 0; offset <= text.length; offset++) {
        assert.deepStrictEqual(layered.matchAt(text, offset), one.matchAt(text, offset), `offset ${offset}`);
      }
    }), { numRuns: RUNS, seed: SEED });
  });

  it('findAll within [from, to) returns matches inside the range only', () => {
    fc.assert(fc.property(scenario, fc.nat(), fc.nat(), ([list, text], a, b) => {
      const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
      for (const m of NameMatcher.fromEntries(list).findAll(text, from, to)) {
        assert.ok(from <= m.start && m.end <= to, `${m.start}-${m.end} outside ${from}-${to}`);
      }
    }), { numRuns: RUNS, seed: SEED });
  });
});

