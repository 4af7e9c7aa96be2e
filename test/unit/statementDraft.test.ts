// Issue 16: the statement draft "Add Fact from Selection" writes: a verbatim quote the loader finds (with a prefix
// when needed), the actors the quote names, a date from its words, and type and summary left for the writer.
import * as assert from 'assert';
import * as path from 'path';
import { FactBase } from '../../src/core/factBase';
import { guessDate, statementDraft } from '../../src/core/factBaseYaml/statementDraft';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import { sharedNameMatcher } from '../../src/core/matcher';

const bundled = new FactBase(loadFactBase(readDataDir(path.join(__dirname, '../../data'))).factBase);
const names = sharedNameMatcher(bundled)();
const NOTES = 'Notes\nThe envoy said Mongolia and North Korea signed an accord on 3 May 2024.\nThe envoy said it again.\nThe envoy said it again.\n';

function draftOf(selected: string, occurrence = 0, isTaken = (id: string) => id === 'notes-fact-1') {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = NOTES.indexOf(selected, start + 1);
  }
  const draft = statementDraft({ sourceId: 'notes', sourceText: NOTES, start, end: start + selected.length, findNames: t => names.findAll(t), isTaken });
  assert.ok(!('error' in draft), JSON.stringify(draft));
  return draft;
}

/** Loads the draft once the writer filled in type and summary. */
function loadFinished(yaml: string) {
  const finished = yaml.replace('    type: \n', '    type: agreement-signed\n').replace('    summary: \n', '    summary: An accord\n')
    .replace('actors: []', 'actors: [mongolia]');
  return loadFactBase({
    sources: [{ path: 'sources.yaml', text: 'sources:\n  - id: notes\n    file: sources/notes.txt\n    title: Notes\n' }],
    entities: [], statements: [{ path: 'statements/notes.yaml', text: `statements:\n${finished}` }],
    readSource: () => NOTES,
  }, { sources: 'workspace', context: bundled });
}

describe('statementDraft', () => {
  it('quotes the selection verbatim, names its actors and dates it from its words', () => {
    const draft = draftOf(' Mongolia and North Korea signed an accord on 3 May 2024.\n');
    assert.strictEqual(draft.id, 'notes-fact-2');
    assert.match(draft.yaml, /actors: \[mongolia, north-korea\]/);
    assert.match(draft.yaml, /date: \{ edtf: "2024-05-03", text: "3 May 2024" \}/);
    const { factBase, diagnostics } = loadFinished(draft.yaml);
    assert.deepStrictEqual(diagnostics, []);
    const [evidence] = factBase.statements[0].evidence;
    assert.strictEqual(NOTES.slice(evidence.start, evidence.end), 'Mongolia and North Korea signed an accord on 3 May 2024.');
  });

  it('adds the shortest prefix that picks the selected occurrence of a repeated quote', () => {
    const second = draftOf('The envoy said it again.', 1);
    assert.match(second.yaml, /prefix: "n\.\\n"/); // ".\n" also comes before the first one
    const { factBase, diagnostics } = loadFinished(second.yaml);
    assert.deepStrictEqual(diagnostics, []);
    assert.strictEqual(factBase.statements[0].evidence[0].start, NOTES.lastIndexOf('The envoy said it again.'));
  });

  it('leaves type and summary for the writer: the draft does not load as it is', () => {
    const draft = draftOf('The envoy said Mongolia');
    const { diagnostics } = loadFactBase({
      sources: [{ path: 'sources.yaml', text: 'sources:\n  - id: notes\n    file: sources/notes.txt\n    title: Notes\n' }],
      entities: [], statements: [{ path: 'statements/notes.yaml', text: `statements:\n${draft.yaml}` }], readSource: () => NOTES,
    }, { sources: 'workspace', context: bundled });
    assert.deepStrictEqual(diagnostics.map(d => d.code), ['schema', 'schema']);
  });

  it('guesses dates from the words', () => {
    assert.deepStrictEqual(guessDate('on December 28, 1964 they met'), { edtf: '1964-12-28', text: 'December 28, 1964' });
    assert.deepStrictEqual(guessDate('in November 2006'), { edtf: '2006-11', text: 'November 2006' });
    assert.deepStrictEqual(guessDate('during the 1960s'), { edtf: '196X', text: 'the 1960s' });
    assert.deepStrictEqual(guessDate('closed in 1998.'), { edtf: '1998', text: 'in 1998' });
    assert.strictEqual(guessDate('no date here'), undefined);
  });
});
