// The name matcher (issue 7) on the bundled fact base and on small synthetic name lists.
import * as assert from 'assert';
import * as path from 'path';
import { FactBase } from '../../src/core/factBase';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import { type NameEntry, NameMatcher, nameEntriesOf } from '../../src/core/matcher';

const fb = new FactBase(loadFactBase(readDataDir(path.join(__dirname, '../../data'))).factBase);
const matcher = NameMatcher.fromEntries(nameEntriesOf(fb));

/** Each match as `text of the match → ids`. */
function found(text: string, m: NameMatcher = matcher): string[] {
  return m.findAll(text).map(x => `${text.slice(x.start, x.end)} → ${x.entityIds.join(' ')}`);
}

function names(...list: [text: string, entityId: string][]): NameMatcher {
  return NameMatcher.fromEntries(list.map(([text, entityId]): NameEntry => ({ text, entityId, confidence: 'name' })));
}

describe('NameMatcher on the bundled fact base', () => {
  it('finds a Korean name with hyphen, space or nothing between syllables, in any case', () => {
    for (const form of ['Kil Mun-yong', 'Kil Mun Yong', 'Kil Munyong', 'KIL MUN-YONG', 'kil mun–yong', 'Kil\u00a0Mun-yong', 'KilMunyong']) {
      assert.deepStrictEqual(found(`Ambassador ${form} arrived.`), [`${form} → kil-mun-yong`], form);
    }
    assert.deepStrictEqual(found('Kim Il-sung and Kim Il Sung'), ['Kim Il-sung → kim-il-sung', 'Kim Il Sung → kim-il-sung']);
  });

  it('puts separators only where the name has them', () => {
    assert.deepStrictEqual(found('Kilmun Yong'), ['Kilmun Yong → kil-mun-yong'], 'the alias Kil Mun Yong has one there');
    assert.deepStrictEqual(found('Kil Mu Nyong'), []);
    assert.deepStrictEqual(found('Gha na'), []);
  });

  it('ignores diacritics, in precomposed or combining form', () => {
    assert.deepStrictEqual(found('Ulaanbaatar, Ulaanbaátar, Ulaanba\u0301atar'),
      ['Ulaanbaatar → ulan-bator', 'Ulaanbaátar → ulan-bator', 'Ulaanba\u0301atar → ulan-bator']);
  });

  it('accepts straight or curly apostrophes and leaves a possessive out of the match', () => {
    assert.deepStrictEqual(found("O'Carroll wrote; O’Carroll’s report; Kim Il-sung's visit"),
      ["O'Carroll → chad-ocarroll", 'O’Carroll → chad-ocarroll', 'Kim Il-sung → kim-il-sung']);
  });

  it('prefers the longest name at a position: the Friendship Association over Ghana', () => {
    for (const dash of ['–', '—', '-', ' ']) {
      const text = `the Korea${dash}Ghana Friendship Association met`;
      const [m] = matcher.findAll(text);
      assert.deepStrictEqual(m.entityIds, ['korea-ghana-friendship-association'], dash);
      assert.strictEqual(text.slice(m.end), ' met');
    }
    assert.deepStrictEqual(found('Ghana and Korea'), ['Ghana → ghana']);
  });

  it('finds native-script names, whole words only', () => {
    assert.deepStrictEqual(found('조선민주주의인민공화국 and Монгол'),
      ['조선민주주의인민공화국 → north-korea', 'Монгол → mongolia']);
    assert.deepStrictEqual(found('Монголия'), []);
  });

  it('finds acronyms in capitals only, so the pronoun "us" is not the United States', () => {
    assert.deepStrictEqual(found('The DPRK and the U.S. told us.'), ['DPRK → north-korea', 'U.S. → united-states']);
    assert.deepStrictEqual(found('the dprk'), []);
  });

  it('marks demonyms with lower confidence', () => {
    const [m] = matcher.findAll('a Ghanaian delegation');
    assert.deepStrictEqual([m.entityIds, m.confidence, m.ambiguous], [['ghana'], 'demonym', false]);
    assert.strictEqual(matcher.findAll('Ghana')[0].confidence, 'name');
  });

  it('never matches inside a longer word', () => {
    assert.deepStrictEqual(found('Kilimanjaro, Ghanaianism, preGhana, Ghana2, ÉGhana, 1DPRK'), []);
  });

  it('gives a name several entities claim, or one listed as ambiguous, no single card', () => {
    const [kim] = matcher.findAll('Kim said');
    assert.ok(kim.entityIds.length > 1 && kim.ambiguous, kim.entityIds.join());
    assert.ok(kim.entityIds.includes('kim-il-sung'));
    const [enkhbold] = matcher.findAll('Enkhbold said');
    assert.deepStrictEqual([enkhbold.entityIds, enkhbold.ambiguous], [['miyeegombyn-enkhbold'], true]);
  });

  it('reports the entry text that matched', () => {
    assert.strictEqual(matcher.findAll('ULAANBAATAR')[0].matchedName, 'Ulaanbaatar');
  });
});

describe('NameMatcher on the names a writer types (issue 14)', () => {
  it('gives an official name written without its apostrophe to its own country, not to a shorter name inside it', () => {
    assert.deepStrictEqual(found('the Democratic Peoples Republic of Korea'), ['Democratic Peoples Republic of Korea → north-korea']);
    assert.deepStrictEqual(found('the Peoples Republic of China'), ['Peoples Republic of China → china']);
    assert.deepStrictEqual(found('the Republic of Korea'), ['Republic of Korea → south-korea']);
  });

  it('knows plural demonyms, "North Koreans" among them, as demonyms', () => {
    const text = 'North Koreans, South Koreans, Ghanaians, Mongolians, Soviets, Spaniards, Italians, Angolans and Ugandans';
    assert.deepStrictEqual(matcher.findAll(text).map(m => `${text.slice(m.start, m.end)} → ${m.entityIds.join()} (${m.confidence})`), [
      'North Koreans → north-korea (demonym)', 'South Koreans → south-korea (demonym)', 'Ghanaians → ghana (demonym)',
      'Mongolians → mongolia (demonym)', 'Soviets → soviet-union (demonym)', 'Spaniards → spain (demonym)',
      'Italians → italy (demonym)', 'Angolans → angola (demonym)', 'Ugandans → uganda (demonym)',
    ]);
  });

  it('knows common short forms of the two Koreas, and Pyongyang as a place of its own', () => {
    assert.deepStrictEqual(found('N. Korea and S. Korea'), ['N. Korea → north-korea', 'S. Korea → south-korea']);
    assert.deepStrictEqual(found('Pyongyang said'), ['Pyongyang → pyongyang']);
  });

  it('knows an agency by its name written out as well as by its acronym', () => {
    assert.deepStrictEqual(found('the Korean Central News Agency (KCNA)'), ['Korean Central News Agency → kcna', 'KCNA → kcna']);
  });

  it('gives a bare "Security Council", part of other bodies\' names, no card of the UN Security Council', () => {
    const [m] = matcher.findAll('the National Security Council met');
    assert.deepStrictEqual([m.entityIds, m.ambiguous], [['un-security-council'], true]);
    assert.deepStrictEqual(matcher.findAll('the UN Security Council').map(x => x.ambiguous), [false]);
  });

  it('knows missions by the DPRK\'s name too', () => {
    assert.deepStrictEqual(found('the DPRK embassy in Madrid'), ['DPRK embassy in Madrid → north-korean-embassy-spain']);
  });
});

describe('NameMatcher positions and windows', () => {
  it('gives UTF-16 offsets after astral characters and combining marks', () => {
    const text = '😀🇬🇭 e\u0301 Ghana\u0301 𝒜 Kil Mun-yong👍';
    const spans = matcher.findAll(text).map(m => [m.start, m.end, text.slice(m.start, m.end)]);
    const at = (s: string) => text.indexOf(s);
    assert.deepStrictEqual(spans, [
      [at('Ghana'), at('Ghana') + 6, 'Ghana\u0301'],
      [at('Kil'), at('👍'), 'Kil Mun-yong'],
    ]);
  });

  it('treats a mark after a space as part of no word, and a mark after a letter as part of it', () => {
    assert.deepStrictEqual(found(' \u0301Ghana'), ['Ghana → ghana']);
    assert.deepStrictEqual(found('a\u0301Ghana'), []);
  });

  it('keeps findAll within [from, to), judging word edges on the whole text', () => {
    const text = 'Ghana, Ghana, Ghanaian';
    assert.deepStrictEqual(matcher.findAll(text, 1, 22).map(m => m.start), [7, 14]);
    assert.deepStrictEqual(matcher.findAll(text, 0, 4), []);
    assert.deepStrictEqual(matcher.findAll(text, 14, 19), []);
  });

  it('matchAt returns the match covering an offset, or nothing', () => {
    const text = 'In 1964 the Korea–Ghana Friendship Association was founded.';
    const m = matcher.matchAt(text, text.indexOf('Friendship'));
    assert.deepStrictEqual(m?.entityIds, ['korea-ghana-friendship-association']);
    assert.strictEqual(matcher.matchAt(text, text.indexOf('founded')), undefined);
    assert.strictEqual(matcher.matchAt(text, m!.end), undefined);
  });

  it('matchAt looks at a bounded window of a very long line', () => {
    const line = 'word '.repeat(200_000) + 'Kil Mun-yong ' + 'word '.repeat(200_000);
    const offset = line.indexOf('Mun');
    assert.deepStrictEqual(matcher.matchAt(line, offset)?.entityIds, ['kil-mun-yong']);
  });
});

describe('NameMatcher on synthetic names', () => {
  it('merges entries with the same folded name into one match with every entity', () => {
    const m = names(['Park Jin', 'a'], ['Park-Jin', 'b'], ['PARK JIN', 'c']);
    const [x] = m.findAll('Park Jin');
    assert.deepStrictEqual(x.entityIds, ['a', 'b']);
    assert.ok(x.ambiguous);
  });

  it('gives a name of more than 31 entries the entities of the spellings the text fits', () => {
    // 40 entities write it with spaces, one without: written with spaces, the name is not the joined spelling's.
    const spaced = Array.from({ length: 40 }, (_, i): [string, string] => ['Kim Il Sung', `e${i}`]);
    const m = names(...spaced, ['KimIlsung', 'joined']);
    const [withSpaces] = m.findAll('Kim Il Sung spoke');
    assert.deepStrictEqual(withSpaces.entityIds, spaced.map(([, id]) => id));
    assert.strictEqual(m.findAll('Then Kim Il Sung spoke')[0].entityIds, withSpaces.entityIds, 'made once, shared');
    assert.deepStrictEqual(m.findAll('KimIlsung spoke')[0].entityIds, [...spaced.map(([, id]) => id), 'joined']);
  });

  it('falls back to a shorter name when the longer one needs separators it does not have', () => {
    const m = names(['Lee', 'lee'], ['Leesung Min', 'x']);
    assert.deepStrictEqual(found('Lee Sung Min', m), ['Lee → lee']);
    assert.deepStrictEqual(found('Leesung-Min', m), ['Leesung-Min → x']);
  });

  it('matches names whose first letters fold from several code units or astral letters', () => {
    const m = names(['ﬁnland', 'fi'], ['𝐀lpha Centauri', 'alpha']);
    assert.deepStrictEqual(found('Finland; ﬁnland; alpha centauri; 𝐀LPHA Centauri', m),
      ['Finland → fi', 'ﬁnland → fi', 'alpha centauri → alpha', '𝐀LPHA Centauri → alpha']);
  });

  it('skips names that do not begin with a letter or digit, and an empty list matches nothing', () => {
    assert.deepStrictEqual(found("'s Gravenhage", names(["'s Gravenhage", 'x'])), []);
    assert.deepStrictEqual(NameMatcher.fromEntries([]).findAll('anything at all'), []);
  });
});

describe('NameMatcher.layered (one matcher per fact base, queried together)', () => {
  const entry = (text: string, entityId: string, confidence: 'name' | 'demonym' = 'name'): NameEntry => ({ text, entityId, confidence });

  it('walks the words inside one base\'s match when another base\'s earlier match overlaps it', () => {
    const layers = [[entry('Alpha Beta', 'e1')], [entry('Beta Gamma', 'e2'), entry('Gamma Delta Epsilon', 'e3')]];
    const layered = NameMatcher.layered(layers.map(l => NameMatcher.fromEntries(l)));
    const text = 'Alpha Beta Gamma Delta Epsilon';
    assert.deepStrictEqual(found(text, layered), ['Alpha Beta → e1', 'Gamma Delta Epsilon → e3']);
    assert.deepStrictEqual(layered.findAll(text), NameMatcher.fromEntries(layers.flat()).findAll(text));
  });

  it('combines a name two bases share as one matcher\'s key would, and lets the longest name win', () => {
    const layers = [[entry('Kim', 'e1', 'demonym')], [entry('Kim', 'e2'), entry('Kim Il-sung', 'e3')]];
    const layered = NameMatcher.layered(layers.map(l => NameMatcher.fromEntries(l)));
    const [kim] = layered.findAll('Kim said');
    assert.deepStrictEqual({ ...kim, entityIds: [...kim.entityIds] },
      { start: 0, end: 3, entityIds: ['e1', 'e2'], confidence: 'name', matchedName: 'Kim', ambiguous: true });
    assert.deepStrictEqual(found('Kim Il Sung said', layered), ['Kim Il Sung → e3']);
    for (const text of ['Kim said', 'Kim Il Sung said', 'kim-il-sung and Kim']) {
      assert.deepStrictEqual(layered.findAll(text), NameMatcher.fromEntries(layers.flat()).findAll(text), text);
    }
  });
});
