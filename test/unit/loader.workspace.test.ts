// Issue 16: a workspace fact base loads against the bases loaded before it (the bundled one), with lighter source
// records, positioned errors for ids it reuses, a bad record costing only itself, and re-loads that parse only the
// file that changed.
import * as assert from 'assert';
import { createHash } from 'crypto';
import * as path from 'path';
import { FactBase } from '../../src/core/factBase';
import { FactStore } from '../../src/core/factStore';
import { type FactBaseInput, formatDiagnostic, LoadCache, loadFactBase, readDataDir } from '../../src/core/loader';
import { readableText } from '../../src/core/html/readableText';
import { sha256Hex } from '../../src/core/loader/sha256';
import { factBaseFromBytes } from '../../src/core/pack/factBasePack';
import { packFactBase } from '../../src/core/pack/writeFactBasePack';

const bundledData = loadFactBase(readDataDir(path.join(__dirname, '../../data'))).factBase;
const bundled = new FactBase(bundledData);

const NOTES = 'Interview notes\nThe envoy said Mongolia and North Korea signed a new trade accord in 2024.\nThe envoy said it twice.\n';
const SOURCES = `sources:
  - id: my-notes
    file: sources/notes.txt
    title: Interview notes
`;
const ENTITIES = `entities:
  - id: my-envoy
    kind: person
    name: Batbayar Envoy
    description: A Mongolian envoy I interviewed.
`;
const STATEMENTS = `statements:
  - id: mongolia-trade-accord-2024
    type: agreement-signed
    summary: Mongolia and North Korea sign a trade accord
    actors: [my-envoy, mongolia, north-korea]
    date: { edtf: 2024, text: in 2024 }
    evidence:
      - source: my-notes
        quote: Mongolia and North Korea signed a new trade accord in 2024.
`;

/** A base reusing ids, naming unknown ids and claiming names of the bases before it, every way the loader checks. */
const CLASHES = {
  sources: `sources:
  - id: my-notes
    file: sources/notes.txt
    title: Interview notes
  - id: ghana-wikipedia
    file: sources/notes.txt
    title: Reuses a bundled id
  - id: my-notes
    file: sources/notes.txt
    title: Reuses its own id
`,
  entities: `entities:
  - id: my-envoy
    kind: person
    name: Batbayar Envoy
    aliases: [Ulan Bator, Kim]
    demonyms: [south-korean]
    native:
      - { text: 몽골, lang: ko }
    country: kim-il-sung
    parent: no-such-org
    description: Clashes with bundled names.
  - id: my-other-envoy
    kind: person
    name: Batbayar-Envoy
    demonyms: [Mongolian]
    ambiguousAliases: [Mongolian]
    description: Clashes with the one before, and shares a bundled name as it may.
  - id: mongolia
    kind: country
    name: Mongolia Again
    description: Reuses a bundled id.
  - id: my-mission
    kind: organization
    name: Embassy of Mongolia in Nowhere
    sendingState: mongolia
    country: no-such-country
    description: A mission.
`,
  statements: `statements:
  - id: mongolia-trade-accord-2024
    type: agreement-signed
    summary: Mongolia and North Korea sign a trade accord
    actors: [my-envoy, mongolia, north-korea]
    date: { edtf: 2024, text: in 2024 }
    conflictsWith: [embassy-closures-headline, no-such-statement]
    evidence:
      - source: my-notes
        quote: Mongolia and North Korea signed a new trade accord in 2024.
  - id: embassy-closures-about-a-dozen
    type: agreement-signed
    summary: Reuses a bundled id
    actors: [mongolia]
    evidence:
      - source: my-notes
        quote: The envoy said it twice.
  - id: misquotes-a-bundled-source
    type: agreement-signed
    summary: Misquotes a bundled source
    actors: [mongolia, no-such-entity]
    evidence:
      - source: mongolia-wiki-mirror
        quote: Kim Il-sung also paid a visit to Mongolia in 1988
      - source: no-such-source
        quote: anything
`,
};

function workspace(files: { sources?: string; entities?: string; statements?: string; more?: string } = {}): FactBaseInput {
  return {
    sources: [{ path: 'sources.yaml', text: files.sources ?? SOURCES }],
    entities: [{ path: 'entities/mine.yaml', text: files.entities ?? ENTITIES }],
    statements: [
      { path: 'statements/mine.yaml', text: files.statements ?? STATEMENTS },
      ...(files.more === undefined ? [] : [{ path: 'statements/more.yaml', text: files.more }]),
    ],
    readSource: f => (f === 'sources/notes.txt' ? NOTES : undefined),
  };
}

const loadWorkspace = (input: FactBaseInput, cache?: LoadCache) => loadFactBase(input, { sources: 'workspace', context: bundled, cache });

describe('workspace fact base', () => {
  it('needs only id, file and title for a source: published unknown, cleaning from the extension, no hash', () => {
    const { factBase, diagnostics } = loadWorkspace(workspace());
    assert.deepStrictEqual(diagnostics.map(formatDiagnostic), []);
    const [source] = factBase.sources;
    assert.strictEqual(source.published, 'unknown');
    assert.strictEqual(source.cleaning, 'plain-text');
    assert.strictEqual(source.sha256, undefined);
    const md = loadWorkspace({ ...workspace({ sources: SOURCES.replace('notes.txt', 'notes.md') }), readSource: () => NOTES });
    assert.strictEqual(md.factBase.sources[0].cleaning, 'markdown');
  });

  it('checks sha256 when a workspace source gives one', () => {
    const good = SOURCES + `    sha256: ${createHash('sha256').update(NOTES).digest('hex')}\n`;
    assert.deepStrictEqual(loadWorkspace(workspace({ sources: good })).diagnostics, []);
    const bad = loadWorkspace(workspace({ sources: SOURCES + `    sha256: ${'a'.repeat(64)}\n` }));
    assert.deepStrictEqual(bad.diagnostics.map(d => `${d.file}:${d.line}:${d.column} ${d.code}`),
      ['sources.yaml:5:13 source-changed', 'statements/mine.yaml:8:17 unknown-reference']);
  });

  it('keeps requiring kind, cleaning, published and sha256 of the bundled sources', () => {
    const { diagnostics, factBase } = loadFactBase(workspace(), { context: bundled });
    assert.deepStrictEqual(diagnostics.map(d => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message.match(/`(\w+)`/)?.[1]}`), [
      'sources.yaml:2:5 schema kind', 'sources.yaml:2:5 schema cleaning', 'sources.yaml:2:5 schema published', 'sources.yaml:2:5 schema sha256',
      'statements/mine.yaml:8:17 unknown-reference undefined',
    ]);
    assert.deepStrictEqual(factBase.sources, []);
  });

  it('refers to bundled entities, and merged, places its statement under the bundled Mongolia', () => {
    const { factBase } = loadWorkspace(workspace());
    assert.deepStrictEqual(factBase.statements.map(s => s.id), ['mongolia-trade-accord-2024']);
    const store = new FactStore(bundled);
    const seen: FactBase[] = [];
    store.onDidChange(fb => seen.push(fb));
    store.setWorkspaceBases([['file:///ws', factBase]]);
    assert.strictEqual(seen.length, 1);
    assert.strictEqual(store.factBase, seen[0]);
    const merged = store.factBase;
    assert.ok(merged.statementsForCountry('mongolia').some(s => s.id === 'mongolia-trade-accord-2024'));
    assert.ok(merged.statementsForEntity('my-envoy').length === 1);
    assert.strictEqual(merged.statements.length, bundled.statements.length + 1);
    store.setWorkspaceBases([['file:///ws', undefined]]);
    assert.strictEqual(store.factBase, bundled, 'without workspace bases the store serves the bundled instance');
  });

  it('loads a later workspace base against the ones before it', () => {
    const store = new FactStore(bundled);
    store.setWorkspaceBases([['file:///a', loadWorkspace(workspace()).factBase]]);
    const second = loadFactBase(workspace(), { sources: 'workspace', context: store.layersBefore('file:///b') });
    assert.deepStrictEqual(new Set(second.diagnostics.map(d => d.code)), new Set(['duplicate-id']));
    assert.strictEqual(loadFactBase(workspace(), { sources: 'workspace', context: store.layersBefore('file:///a') }).diagnostics.length, 0);
  });

  it('reports an id another base defines as a duplicate on its line, and loads the rest', () => {
    const entities = ENTITIES + `  - id: mongolia
    kind: country
    name: Mongolia Again
    description: x
`;
    const { diagnostics, factBase } = loadWorkspace(workspace({ entities }));
    assert.deepStrictEqual(diagnostics.map(d => `${d.file}:${d.line}:${d.column} ${d.code}`), ['entities/mine.yaml:6:9 duplicate-id']);
    assert.match(diagnostics[0].message, /loaded before this one/);
    assert.deepStrictEqual(factBase.entities.map(e => e.id), ['my-envoy']);
    assert.deepStrictEqual(factBase.statements.map(s => s.id), ['mongolia-trade-accord-2024']);
  });

  it('reports a name a bundled entity claims unless this entity lists it as ambiguous', () => {
    const clash = ENTITIES.replace('    description:', '    aliases: [Ulan Bator]\n    description:');
    const d = loadWorkspace(workspace({ entities: clash })).diagnostics;
    assert.deepStrictEqual(d.map(x => `${x.line}:${x.column} ${x.code}`), ['5:15 name-collision']);
    const marked = clash.replace('    description:', '    ambiguousAliases: [Ulan Bator]\n    description:');
    assert.deepStrictEqual(loadWorkspace(workspace({ entities: marked })).diagnostics, []);
  });

  it('quotes a bundled source', () => {
    const statements = STATEMENTS.replace('source: my-notes', 'source: mongolia-wiki-mirror').replace(/quote: .*/, `quote: ${bundled.statements.find(s => s.evidence[0].source === 'mongolia-wiki-mirror' && !s.evidence[0].prefix)!.evidence[0].quote}`);
    assert.deepStrictEqual(loadWorkspace(workspace({ statements })).diagnostics.map(formatDiagnostic), []);
  });

  it('lets an exception inside one record cost only that record', () => {
    const sources = SOURCES + `  - id: flaky
    file: sources/flaky.txt
    title: Flaky
  - id: later
    file: sources/notes.txt
    title: Later
`;
    const input = { ...workspace({ sources }), readSource: (f: string) => {
      if (f === 'sources/flaky.txt') {
        throw new Error('disk on fire');
      }
      return NOTES;
    } };
    const { diagnostics, factBase } = loadWorkspace(input);
    assert.deepStrictEqual(diagnostics.map(d => `${d.file}:${d.line}:${d.column} ${d.code}`), ['sources.yaml:5:5 internal-error']);
    assert.match(diagnostics[0].message, /disk on fire/);
    assert.deepStrictEqual(factBase.sources.map(s => s.id), ['my-notes', 'later']);
    assert.strictEqual(factBase.statements.length, 1, 'the records after the broken one still load');
  });

  it('re-loads one changed file without parsing the others, with the result of a full load', () => {
    const cache = new LoadCache();
    const more = STATEMENTS.replace('id: mongolia-trade-accord-2024', 'id: second-accord');
    loadWorkspace(workspace({ more }), cache);
    assert.strictEqual(cache.parses, 4);
    const edited = workspace({ more, entities: ENTITIES.replace('name: Batbayar Envoy', 'name: Batbayar Envoy\n    aliases: [the envoy B.]') });
    const incremental = loadWorkspace(edited, cache);
    assert.strictEqual(cache.parses, 5, 'only the edited file is parsed again');
    assert.deepStrictEqual(incremental, loadWorkspace(edited));
    assert.deepStrictEqual(incremental.factBase.entities[0].aliases, ['the envoy B.']);
    const broken = workspace({ more: 'statements: [' });
    assert.deepStrictEqual(loadWorkspace(broken, cache), loadWorkspace(broken), 'a re-load reports what a full load does');
    assert.deepStrictEqual(loadWorkspace(workspace(), cache), loadWorkspace(workspace()), 'a deleted file is forgotten');
  });

  it('reads an HTML source as its readable text: quotes verbatim there, the hash of the file as saved, cleaned once per change', () => {
    const html = '<html><head><title>Envoy visit</title><script>track()</script></head><body><nav>Home</nav><article>'
      + '<p>The envoy said Mongolia and North Korea signed a <b>new</b> trade accord in 2024.</p><p>Nothing else was agreed that day, officials said.</p></article></body></html>';
    const sources = `sources:\n  - id: my-notes\n    file: sources/visit.html\n    title: Envoy visit\n    sha256: ${createHash('sha256').update(html).digest('hex')}\n`;
    let cleanings = 0;
    const load = (page: string, statements = STATEMENTS, cache = new LoadCache()) => loadFactBase({ ...workspace({ sources, statements }), readSource: () => page },
      { sources: 'workspace', context: bundled, cache, htmlText: h => (cleanings++, readableText(h)) });
    const cache = new LoadCache();
    const { factBase, diagnostics } = load(html, STATEMENTS, cache);
    assert.deepStrictEqual(diagnostics.map(formatDiagnostic), []);
    const [source] = factBase.sources;
    assert.strictEqual(source.cleaning, 'html');
    assert.strictEqual(source.text, 'Envoy visit\n\nThe envoy said Mongolia and North Korea signed a new trade accord in 2024.\n\nNothing else was agreed that day, officials said.\n');
    const [evidence] = factBase.statements[0].evidence;
    assert.strictEqual(source.text.slice(evidence.start, evidence.end), 'Mongolia and North Korea signed a new trade accord in 2024.');
    load(html, STATEMENTS.replace('accord in 2024.', 'accord in 2024.\n    note: edited'), cache);
    assert.strictEqual(cleanings, 1, 'an edit elsewhere does not clean the page again');
    const markup = load(html, STATEMENTS.replace('a new trade', 'a <b>new</b> trade'));
    assert.deepStrictEqual(markup.diagnostics.map(d => `${d.line}:${d.column} ${d.code}`), ['9:16 quote-not-found'], 'markup is not part of the text');
    const edited = load(html.replace('that day', 'that week'));
    assert.deepStrictEqual(edited.diagnostics.map(d => `${d.file}:${d.line}:${d.column} ${d.code}`), ['sources.yaml:5:13 source-changed', 'statements/mine.yaml:8:17 unknown-reference']);
  });

  it('reports an HTML page it cannot clean on the source\'s file, and loads the rest', () => {
    const sources = SOURCES + '  - id: page\n    file: sources/page.htm\n    title: A page\n';
    const { diagnostics, factBase } = loadWorkspace({ ...workspace({ sources }), readSource: f => (f.endsWith('.htm') ? '<html><body></body></html>' : NOTES) });
    assert.deepStrictEqual(diagnostics.map(d => `${d.file}:${d.line}:${d.column} ${d.code}`), ['sources.yaml:6:11 source-unreadable']);
    assert.match(diagnostics[0].message, /Source "page": "sources\/page.htm" cannot be cleaned as HTML: Readability found no article text/);
    assert.deepStrictEqual(factBase.sources.map(s => s.id), ['my-notes']);
  });

  it('loads against the shipped pack, which it only looks ids and names up in, as against the indexed arrays', () => {
    const packed = factBaseFromBytes(packFactBase(bundledData));
    const over = (context: FactBase) => loadFactBase(workspace(CLASHES), { sources: 'workspace', context });
    const expected = over(bundled);
    assert.deepStrictEqual(expected.diagnostics.map(d => `${d.file}:${d.line}:${d.column} ${d.code}`), [
      'sources.yaml:5:9 duplicate-id', 'sources.yaml:8:9 duplicate-id', 'entities/mine.yaml:18:9 duplicate-id',
      'entities/mine.yaml:9:14 unknown-reference', 'entities/mine.yaml:10:13 unknown-reference', 'entities/mine.yaml:26:14 unknown-reference',
      'entities/mine.yaml:5:15 name-collision', 'entities/mine.yaml:6:16 name-collision', 'entities/mine.yaml:8:17 name-collision', 'entities/mine.yaml:14:11 name-collision',
      'statements/mine.yaml:11:9 duplicate-id', 'statements/mine.yaml:21:24 unknown-reference', 'statements/mine.yaml:24:16 quote-not-found',
      'statements/mine.yaml:25:17 unknown-reference', 'statements/mine.yaml:7:48 unknown-reference',
    ]);
    assert.deepStrictEqual(over(packed), expected);
    // A base after another workspace base: the store's layers over the pack look up as those over the arrays.
    const layersOver = (base: FactBase) => {
      const store = new FactStore(base);
      store.setWorkspaceBases([['file:///a', loadWorkspace(workspace()).factBase]]);
      return store.layersBefore('file:///b');
    };
    const afterOne = over(layersOver(bundled));
    assert.ok(afterOne.diagnostics.some(d => d.message.includes('"my-envoy": a fact base loaded before')), 'its ids are taken');
    assert.ok(afterOne.diagnostics.some(d => d.message.includes('already denotes "my-envoy" in a fact base loaded before')), 'and its names');
    assert.deepStrictEqual(over(layersOver(packed)), afterOne);
  });

  it('hashes as Node does, without Node', () => {
    for (const text of ['', 'abc', NOTES, '한국어 “quotes” \u{1F600}']) {
      assert.strictEqual(sha256Hex(text), createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
});
