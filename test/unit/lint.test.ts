// The build's lint rules (issue 14): each fixture holds one mistake an audit of the fact base found, and a control
// beside it that the rule must leave alone.
import * as assert from 'assert';
import { type Diagnostic, formatDiagnostic, loadFactBase } from '../../src/core/loader';
import { sourcesYaml } from './tinySource';

const RAW = 'By 1968 they had relations. In the 1960s and from the late-1950s to the 1980s they talked. The embassy closed in 1998. It is expected to close.';
const SOURCES = sourcesYaml(RAW);
const EVIDENCE = `    evidence:
      - source: s1
        quote: The embassy closed in 1998.
`;

function entity(id: string, kind: string, name: string, extra = ''): string {
  return `  - id: ${id}
    kind: ${kind}
    name: ${name}
    description: Test entity.
${extra}`;
}

const COUNTRIES = entity('ghana', 'country', 'Ghana') + entity('north-korea', 'country', 'North Korea');

function statement(id: string, fields: string): string {
  return `  - id: ${id}
    summary: Test statement
${fields}${EVIDENCE}`;
}

function lint(files: { entities?: string; statements?: string }): string[] {
  const { diagnostics } = loadFactBase({
    sources: [{ path: 'sources.yaml', text: SOURCES }],
    entities: [{ path: 'entities/e.yaml', text: `entities:\n${COUNTRIES}${files.entities ?? ''}` }],
    statements: files.statements ? [{ path: 'statements/s.yaml', text: `statements:\n${files.statements}` }] : [],
    readSource: f => (f === 'sources/a.txt' ? RAW : undefined),
  });
  return diagnostics.map((d: Diagnostic) => formatDiagnostic(d));
}

describe('fact-base lint rules', () => {
  it('decade-as-year: a worded decade or "late-1950s" given as years', () => {
    const at = (edtf: string, text: string) => lint({ statements: statement('s', `    type: support\n    actors: [ghana]\n    date: { edtf: "${edtf}", text: "${text}" }\n`) });
    assert.deepStrictEqual(at('1955~/1989~', 'From the late-1950s to the 1980s'), [
      'statements/s.yaml:6:19: error: "From the late-1950s to the 1980s" names 2 decades, but "1955~/1989~" gives years: write each decade with X, e.g. 196X for "the 1960s", 195X/198X for "from the late-1950s to the 1980s". [decade-as-year]',
    ]);
    assert.match(at('1960/1979', 'in 1960-1970s')[0], /names 2 decades.*\[decade-as-year\]/);
    assert.match(at('1960/1985~', 'From 1960 to the mid-1980s')[0], /names a decade.*gives years.*\[decade-as-year\]/);
    assert.match(at('1960/198X', 'in 1960-1970s')[0], /names 2 decades, but "1960\/198X" gives only 1/);
    for (const [edtf, text] of [['195X/198X', 'From the late-1950s to the 1980s'], ['196X/197X', 'in 1960-1970s'], ['1960/198X', 'From 1960 to the mid-1980s'], ['197X/..', 'since the 1970s'], ['1964', 'in 1964']]) {
      assert.deepStrictEqual(at(edtf, text), [], `${edtf} for ${text}`);
    }
  });

  it('label-unsupported (a warning): a sidebar label with a word neither the summary nor a quote gives', () => {
    const labelled = (label: string) => lint({ statements: statement('s', `    label: ${label}\n    type: mission-closed\n    actors: [ghana]\n`) });
    assert.deepStrictEqual(labelled('embassy shut down'), [
      'statements/s.yaml:4:12: warning: Statement "s": the label says "shut", "down", which neither its summary nor its quotes give. [label-unsupported]',
    ]);
    assert.deepStrictEqual(labelled('embassy closed'), [], 'both words are in the quote');
    assert.deepStrictEqual(labelled('Test statements in 1998'), [], 'a stem of the summary\'s word; short words pass');
  });

  it('by-without-open-start: "by X" given as X', () => {
    const at = (edtf: string, text: string) => lint({ statements: statement('s', `    type: support\n    actors: [ghana]\n    date: { edtf: "${edtf}", text: "${text}" }\n`) });
    assert.deepStrictEqual(at('1968', 'By 1968'), [
      'statements/s.yaml:6:19: error: "By 1968" gives only the latest time, not a start: write it with an open start, e.g. ../1968. [by-without-open-start]',
    ]);
    assert.deepStrictEqual(at('../1968', 'By 1968'), []);
    assert.deepStrictEqual(at('../196X', 'By the late-1960s'), []);
    assert.deepStrictEqual(at('1968', 'in 1968, by then'), [], 'only a date that begins with "by"');
  });

  it('mission-in-sending-state: a mission filed under the state that sends it, or with no sending state', () => {
    const mission = (fields: string) => lint({ entities: entity('embassy', 'organization', 'North Korean embassy in Ghana', fields) });
    assert.deepStrictEqual(mission('    country: north-korea\n    sendingState: north-korea\n'), [
      'entities/e.yaml:14:14: error: Entity "embassy": `country` is where a mission is, its host; "north-korea" is the state that sends it (`sendingState`). [mission-in-sending-state]',
    ]);
    assert.deepStrictEqual(mission('    country: north-korea\n'), [
      'entities/e.yaml:12:11: error: Entity "embassy" is a mission: give the state that sends it as `sendingState`, and its host as `country`. [mission-in-sending-state]',
    ]);
    assert.deepStrictEqual(mission('    country: ghana\n    sendingState: north-korea\n'), []);
    assert.deepStrictEqual(lint({ entities: entity('pndc', 'organization', 'Provisional National Defence Council', '    country: ghana\n') }), []);
  });

  describe('once-only-twice (a warning)', () => {
    const closure = (id: string, fields: string) => statement(id, `    type: mission-closed\n    actors: [north-korea, ghana]\n${fields}`);

    it('warns when one closure is told as occurred and as expected, unless they link each other', () => {
      const both = closure('closed', '') + closure('expected', '    status: expected\n');
      assert.deepStrictEqual(lint({ statements: both }), [
        'statements/s.yaml:9:9: warning: Statement "expected" and "closed" are both mission-closed for north-korea, ghana, but one says it happened and the other that it is expected: if they disagree, link them with `conflictsWith`; if they are one event, make them one statement. [once-only-twice]',
      ]);
      const linked = closure('closed', '    conflictsWith: [expected]\n') + closure('expected', '    status: expected\n');
      assert.deepStrictEqual(lint({ statements: linked }), []);
    });

    it('sees one country\'s closure within a closure of several, but not in a closure naming North Korea alone', () => {
      const several = statement('several', '    type: mission-closed\n    actors: [north-korea, ghana, china]\n');
      const china = entity('china', 'country', 'China');
      assert.match(lint({ entities: china, statements: several + closure('expected', '    status: expected\n') }).join('\n'),
        /Statement "expected" and "several" are both mission-closed for north-korea, ghana, but one says it happened/);
      const alone = statement('alone', '    type: mission-closed\n    actors: [north-korea]\n');
      assert.deepStrictEqual(lint({ statements: alone + closure('expected', '    status: expected\n') }), []);
    });

    it('warns when one establishment of relations has two dates that cannot overlap, not when they can', () => {
      const established = (id: string, edtf: string) => statement(id, `    type: relations-established\n    actors: [ghana, north-korea]\n    date: { edtf: "${edtf}", text: "${edtf}" }\n`);
      assert.match(lint({ statements: established('a', '1964') + established('b', '1965') }).join('\n'), /warning: Statement "b" and "a" .* their dates \(1964, 1965\) cannot overlap/);
      assert.deepStrictEqual(lint({ statements: established('a', '1964') + established('b', '1964-12-28') }), []);
      assert.deepStrictEqual(lint({ statements: established('a', '1964') + statement('b', '    type: relations-established\n    actors: [ghana]\n    date: { edtf: "1977", text: "1977" }\n') }), [], 'other actors');
    });

    it('checks agreements only when they name the same instrument, and leaves recurring visits alone', () => {
      const agreement = (id: string, edtf: string, instrument: string) => statement(id, `    type: agreement-signed\n    actors: [ghana, north-korea]\n    date: { edtf: "${edtf}", text: "${edtf}" }\n${instrument}`);
      assert.deepStrictEqual(lint({ statements: agreement('a', '1953', '') + agreement('b', '1986', '') }), []);
      assert.deepStrictEqual(lint({ statements: agreement('a', '1953', '    instrument: Treaty\n') + agreement('b', '1986', '    instrument: Other treaty\n') }), []);
      assert.match(lint({ statements: agreement('a', '1985', '    instrument: Treaty\n') + agreement('b', '1986', '    instrument: Treaty\n') }).join('\n'), /agreement-signed for ghana, north-korea \(Treaty\).*\[once-only-twice\]/);
      const visit = (id: string, edtf: string) => statement(id, `    type: visit\n    actors: [ghana, north-korea]\n    date: { edtf: "${edtf}", text: "${edtf}" }\n`);
      assert.deepStrictEqual(lint({ statements: visit('a', '1985') + visit('b', '1988') }), []);
    });
  });

  it('name-shadowed: a name, or the same written without its apostrophe, that a shorter name of another entity wins', () => {
    const korea = (aliases: string) => entity('rok', 'country', 'South Korea', '    aliases: [Republic of Korea]\n')
      + entity('dprk', 'country', 'Democratic People’s Republic of Korea', aliases);
    assert.deepStrictEqual(lint({ entities: korea('') }), [
      'entities/e.yaml:17:11: error: Entity "dprk": "Democratic People’s Republic of Korea" written as "Democratic Peoples Republic of Korea" matches "Republic of Korea" (rok) instead. Add the form as an alias of "dprk", or make the shorter name an ambiguous alias. [name-shadowed]',
    ]);
    assert.deepStrictEqual(lint({ entities: korea('    aliases: [Democratic Peoples Republic of Korea]\n') }), []);
    // The same entity's shorter name inside a longer one is no problem: the card is the same.
    assert.deepStrictEqual(lint({ entities: entity('prc', 'country', 'China', '    aliases: [People’s Republic of China]\n') }), []);
  });

  it('common-word-alias: an alias that is a common English word, unless it matches only in capitals', () => {
    assert.deepStrictEqual(lint({ entities: entity('person', 'person', 'Will Smith', '    aliases: [Will]\n') }), [
      'entities/e.yaml:14:15: error: Entity "person": "Will" is a common English word, so ordinary prose would get its card. Remove it, or list it in `ambiguousAliases` to recognise it without a card. [common-word-alias]',
    ]);
    assert.deepStrictEqual(lint({ entities: entity('us', 'country', 'United States', '    aliases: [US]\n') }), [], '"US" matches only in capitals, never "us"');
    assert.deepStrictEqual(lint({ entities: entity('person', 'person', 'Will Smith', '    ambiguousAliases: [Will]\n') }), []);
  });
});
