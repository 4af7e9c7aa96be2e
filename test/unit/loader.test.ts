import * as assert from 'assert';
import { type Diagnostic, formatDiagnostic, loadFactBase } from '../../src/core/loader';
import { sourcesYaml } from './tinySource';

// A tiny world: one source with a sentence that occurs twice, so ambiguity can be tested.
const RAW = 'Ghana and North Korea established relations in 1964. The embassy closed in 1998. The embassy closed in 1998. He said “hello”.';
const SOURCES = sourcesYaml(RAW);
const ENTITIES = `entities:
  - id: ghana
    kind: country
    name: Ghana
    iso: GH
    description: A country.
  - id: north-korea
    kind: country
    name: North Korea
    aliases: [DPRK]
    description: The subject.
`;

function load(files: { sources?: string; entities?: string; statements?: string }) {
  return loadFactBase({
    sources: [{ path: 'sources.yaml', text: files.sources ?? SOURCES }],
    entities: [{ path: 'entities/e.yaml', text: files.entities ?? ENTITIES }],
    statements: files.statements === undefined ? [] : [{ path: 'statements/s.yaml', text: files.statements }],
    readSource: f => (f === 'sources/a.txt' ? RAW : undefined),
  });
}

function statement(fields: string): string {
  return `statements:
  - id: ok
    type: relations-established
    summary: Relations established
    actors: [ghana, north-korea]
    evidence:
      - source: s1
        quote: established relations in 1964
  - id: broken
${fields}`;
}

const BROKEN_BASE = `    type: mission-closed
    summary: Embassy closed
    actors: [ghana]
`;

function only(diagnostics: Diagnostic[]): string {
  assert.strictEqual(diagnostics.length, 1, `expected one diagnostic, got:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
  return formatDiagnostic(diagnostics[0]);
}

describe('fact-base loader', () => {
  it('loads a valid fact base with located quotes and resolved dates', () => {
    const { factBase, diagnostics } = load({ statements: statement(`${BROKEN_BASE}    date: { edtf: 1998, text: in 1998 }
    evidence:
      - source: s1
        quote: The embassy closed in 1998.
        prefix: "1964. "
`) });
    assert.deepStrictEqual(diagnostics, []);
    assert.deepStrictEqual(factBase.statements.map(s => s.id), ['ok', 'broken']);
    const ev = factBase.statements[1].evidence[0];
    assert.strictEqual(RAW.slice(ev.start, ev.end), 'The embassy closed in 1998.');
    assert.strictEqual(ev.start, RAW.indexOf('The embassy'));
    assert.strictEqual(factBase.statements[1].date?.edtf, '1998');
    assert.ok(factBase.statements[1].date!.min < factBase.statements[1].date!.max);
  });

  it('marks dates less precise than a day, month or year as uncertain', () => {
    const cases: [string, boolean][] = [['1964-12-28', false], ['1998', false], ['2006-11', false], ['1961-22', true], ['196X', true], ['1953-12~', true], ['2023?', true], ['2001-01/..', true], ['1960/1985~', true]];
    for (const [edtf, uncertain] of cases) {
      const { factBase, diagnostics } = load({ statements: statement(`${BROKEN_BASE}    date: { edtf: "${edtf}", text: x }
    evidence: [{ source: s1, quote: He said “hello”. }]
`) });
      assert.deepStrictEqual(diagnostics, [], edtf);
      assert.strictEqual(factBase.statements[1].date?.uncertain, uncertain, edtf);
    }
  });

  it('reports YAML syntax errors at their line and column', () => {
    const d = only(load({ statements: 'statements:\n  - id: x\n    actors: [a,\n  b\n' }).diagnostics);
    assert.match(d, /^statements\/s\.yaml:4:3: error: .*\[yaml-syntax\]$/);
  });

  it('keeps loading the records around a YAML syntax error, with positions in the whole file', () => {
    const text = statement(`${BROKEN_BASE}    evidence: [{ source: s1, quote: He said “hello”. }
`) + `  - id: after
    type: mission-closed
    summary: Embassy closed
    actors: [ghana]
    evidence: [{ source: s1, quote: He said “hello”. }]
`;
    const { factBase, diagnostics } = load({ statements: text });
    assert.deepStrictEqual(new Set(diagnostics.map(d => d.code)), new Set(['yaml-syntax']));
    assert.strictEqual(formatDiagnostic(diagnostics[0]), 'statements/s.yaml:14:3: error: Flow sequence in block collection must be sufficiently indented and end with a ] [yaml-syntax]');
    assert.deepStrictEqual(factBase.statements.map(s => s.id), ['ok', 'after']);
  });

  it('reports a file without its top-level list', () => {
    assert.strictEqual(only(load({ statements: 'statement:\n  - id: x\n' }).diagnostics),
      'statements/s.yaml:1:1: error: A statement file must be a mapping with a `statements:` list at the top level. [file-shape]');
  });

  it('reports a missing required field at the record and still loads the others', () => {
    const { factBase, diagnostics } = load({ statements: statement(`    type: mission-closed
    actors: [ghana]
    evidence: [{ source: s1, quote: The embassy closed in 1998., prefix: "1964. " }]
`) });
    assert.strictEqual(only(diagnostics), 'statements/s.yaml:9:5: error: Statement "broken": this statement is missing the required field `summary`. [schema]');
    assert.deepStrictEqual(factBase.statements.map(s => s.id), ['ok']);
  });

  it('reports an unknown field at the field itself', () => {
    const d = only(load({ statements: statement(`${BROKEN_BASE}    actor: [ghana]
    evidence: [{ source: s1, quote: The embassy closed in 1998., prefix: "1964. " }]
`) }).diagnostics);
    assert.strictEqual(d, 'statements/s.yaml:13:5: error: Statement "broken": Unknown field `actor` in this statement (check its spelling; see data/README.md). [schema]');
  });

  it('reports a type outside the vocabulary', () => {
    const d = only(load({ statements: statement(`    type: war
    summary: x
    actors: [ghana]
    evidence: [{ source: s1, quote: The embassy closed in 1998., prefix: "1964. " }]
`) }).diagnostics);
    assert.match(d, /^statements\/s\.yaml:10:11: error: Statement "broken": `type` must be one of: relations-established, .*\[schema\]$/);
  });

  it('reports a duplicate id with the first definition', () => {
    const d = only(load({ statements: statement(BROKEN_BASE + '    evidence: [{ source: s1, quote: He said “hello”. }]\n').replace('id: broken', 'id: ok') }).diagnostics);
    assert.strictEqual(d, 'statements/s.yaml:9:9: error: Duplicate statement id "ok": already defined at statements/s.yaml:2. This record is skipped. [duplicate-id]');
  });

  it('reports references to unknown entities, sources and statements', () => {
    const { diagnostics, factBase } = load({ statements: statement(`    type: mission-closed
    summary: Embassy closed
    actors: [ghana, atlantis]
    conflictsWith: [nothing]
    evidence: [{ source: s9, quote: The embassy closed in 1998. }]
`) });
    assert.deepStrictEqual(diagnostics.map(formatDiagnostic), [
      'statements/s.yaml:12:21: error: Statement "broken": "atlantis" is not a known entity id. [unknown-reference]',
      'statements/s.yaml:14:26: error: "s9" is not a known source id (see sources.yaml). [unknown-reference]',
    ]);
    assert.deepStrictEqual(factBase.statements.map(s => s.id), ['ok']);
  });

  it('drops and reports a conflict link to a statement that does not exist', () => {
    const { diagnostics, factBase } = load({ statements: statement(`${BROKEN_BASE}    conflictsWith: [ok, nothing]
    evidence: [{ source: s1, quote: He said “hello”. }]
`) });
    assert.strictEqual(only(diagnostics), 'statements/s.yaml:13:25: error: Statement "broken": `conflictsWith` "nothing" is not a loaded statement id. [unknown-reference]');
    assert.deepStrictEqual(factBase.statements[1].conflictsWith, ['ok']);
  });

  it('reports an entity whose country or sendingState is not a country', () => {
    const liaison = (links: string) => only(load({ entities: `${ENTITIES}  - id: liaison
    kind: organization
    name: Liaison office
${links}    description: x
` }).diagnostics);
    assert.strictEqual(liaison('    country: liaison\n'), 'entities/e.yaml:15:14: error: Entity "liaison": `country` "liaison" is not a known country id. [unknown-reference]');
    assert.strictEqual(liaison('    country: ghana\n    sendingState: nowhere\n'), 'entities/e.yaml:16:19: error: Entity "liaison": `sendingState` "nowhere" is not a known country id. [unknown-reference]');
  });

  it('reports invalid EDTF at the date', () => {
    const d = only(load({ statements: statement(`${BROKEN_BASE}    date: { edtf: summer 1961, text: in the summer of 1961 }
    evidence: [{ source: s1, quote: He said “hello”. }]
`) }).diagnostics);
    assert.match(d, /^statements\/s\.yaml:13:19: error: Invalid date: "summer 1961" is not valid EDTF .*\[invalid-date\]$/);
  });

  it('reports a quote not in the source, and one that differs only in typography', () => {
    const missing = only(load({ statements: statement(`${BROKEN_BASE}    evidence: [{ source: s1, quote: The embassy opened in 1998. }]\n`) }).diagnostics);
    assert.strictEqual(missing, 'statements/s.yaml:13:37: error: The quote "The embassy opened in 1998." does not occur verbatim in the source. [quote-not-found]');
    const straight = only(load({ statements: statement(`${BROKEN_BASE}    evidence: [{ source: s1, quote: 'He said "hello".' }]\n`) }).diagnostics);
    assert.match(straight, /:13:37: error: The quote differs from the source only in quotes, apostrophes, dashes or spacing.*\[quote-not-found\]$/);
  });

  it('reports an ambiguous quote and accepts it with a prefix', () => {
    const d = only(load({ statements: statement(`${BROKEN_BASE}    evidence: [{ source: s1, quote: The embassy closed in 1998. }]\n`) }).diagnostics);
    assert.strictEqual(d, 'statements/s.yaml:13:37: error: The quote occurs 2 times in the source; add a `prefix` (the raw text right before the one you mean) to pick one. [quote-ambiguous]');
    const wrongPrefix = only(load({ statements: statement(`${BROKEN_BASE}    evidence: [{ source: s1, quote: The embassy closed in 1998., prefix: "xyz " }]\n`) }).diagnostics);
    assert.match(wrongPrefix, /but not right after the given `prefix`/);
  });

  it('reports a name two entities claim unless both mark it ambiguous', () => {
    const clash = `${ENTITIES}  - id: south-korea
    kind: country
    name: South Korea
    aliases: [D.P.R.K]
    description: x
`;
    assert.strictEqual(only(load({ entities: clash }).diagnostics),
      'entities/e.yaml:15:15: error: Entity "south-korea": the name "D.P.R.K" also denotes "north-korea". If both are meant, list it in `ambiguousAliases` of both entities; otherwise remove it from one. [name-collision]');
    const marked = clash.replace('    aliases: [DPRK]\n', '    aliases: [DPRK]\n    ambiguousAliases: [DPRK]\n').replace('aliases: [D.P.R.K]', 'aliases: [D.P.R.K]\n    ambiguousAliases: [D.P.R.K]');
    assert.deepStrictEqual(load({ entities: marked }).diagnostics, []);
  });

  it('refuses a source file that is not byte for byte the one the data was written against', () => {
    const d = only(load({ sources: SOURCES.replace(/sha256: \w+/, `sha256: ${'f'.repeat(64)}`) }).diagnostics);
    assert.strictEqual(d, 'sources.yaml:4:13: error: Source "s1": "sources/a.txt" is not the text this fact base was written against (its SHA-256 differs). Sources stay byte for byte as received; quotes depend on it. [source-changed]');
  });

  it('reports a source whose file cannot be read', () => {
    const d = only(load({ sources: SOURCES.replace('sources/a.txt', 'sources/missing.txt') }).diagnostics);
    assert.strictEqual(d, 'sources.yaml:3:11: error: Source "s1": cannot read its file "sources/missing.txt". [source-missing]');
  });

  it('bounds YAML alias expansion instead of hanging', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) {
      bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    }
    bomb.push('statements: [*l]');
    const { diagnostics } = load({ statements: bomb.join('\n') });
    assert.strictEqual(diagnostics[0].code, 'yaml-syntax');
    assert.match(diagnostics[0].message, /alias/i);
  });

  it('never throws, whatever the input', () => {
    for (const text of ['', '\u0000', '- - -', '{', 'statements: 5', 'statements: [1, "x", null, [], {id: 3}]', '\uFEFFstatements: []', 'statements:\r\n  - id: x\r\n']) {
      assert.doesNotThrow(() => load({ statements: text, entities: text, sources: text }));
    }
  });
});
