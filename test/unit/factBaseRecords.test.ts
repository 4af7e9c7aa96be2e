// Issue 16: where the writing commands put a new record in a fact-base YAML file, and the source record Add Source
// from File… writes. What they produce must load: each case is parsed back with the loader.
import * as assert from 'assert';
import { appendRecord } from '../../src/core/factBaseYaml/appendRecord';
import { sourceRecord } from '../../src/core/factBaseYaml/sourceRecord';
import { formatDiagnostic, loadFactBase } from '../../src/core/loader';

const RECORD = '  - id: notes\n    file: sources/notes.txt\n    title: Notes\n';
const applied = (text: string, record = RECORD) => {
  const at = appendRecord(text, 'sources', record);
  const result = text.slice(0, at.start) + at.text + text.slice(at.end);
  assert.ok(result.startsWith(record, at.recordStart), `the record starts at recordStart in ${JSON.stringify(result)}`);
  return result;
};
const loads = (sourcesYaml: string) => {
  const { factBase, diagnostics } = loadFactBase({ sources: [{ path: 'sources.yaml', text: sourcesYaml }], entities: [], statements: [], readSource: () => 'Notes\n' }, { sources: 'workspace' });
  assert.deepStrictEqual(diagnostics.map(formatDiagnostic), []);
  return factBase.sources.map(s => s.id);
};

describe('appendRecord', () => {
  it('starts the collection in an empty or new file', () => {
    assert.strictEqual(applied(''), `sources:\n${RECORD}`);
    assert.strictEqual(applied('# my sources\n'), `# my sources\nsources:\n${RECORD}`);
  });

  it('opens an empty flow list into a block list, keeping what follows', () => {
    assert.strictEqual(applied('# mine\nsources: []  # none yet\n# end\n'), `# mine\nsources:\n${RECORD}# end\n`);
    assert.deepStrictEqual(loads(applied('sources: []\n')), ['notes']);
  });

  it('appends after the last record, adding the line break a file may lack', () => {
    const one = '  - id: first\n    file: sources/notes.txt\n    title: First\n';
    assert.strictEqual(applied(`sources:\n${one.trimEnd()}`), `sources:\n${one}${RECORD}`);
    assert.deepStrictEqual(loads(applied(`sources:\n${one}`)), ['first', 'notes']);
  });
});

describe('sourceRecord', () => {
  it('makes a free kebab-case id from the file name and takes a note\'s first line as the title', () => {
    const taken = new Set(['trip-notes-ulaanbaatar']);
    const record = sourceRecord('sources/Trip notes: Ulaanbaatar.md', '\n# Trip to Ulaanbaatar, “day one”\n\nText.', id => taken.has(id));
    assert.strictEqual(record.id, 'trip-notes-ulaanbaatar-2');
    assert.strictEqual(record.yaml.slice(record.title.start, record.title.end), '"Trip to Ulaanbaatar, “day one”"');
    const { factBase, diagnostics } = loadFactBase({ sources: [{ path: 'sources.yaml', text: `sources:\n${record.yaml}` }], entities: [], statements: [],
      readSource: f => (f === 'sources/Trip notes: Ulaanbaatar.md' ? 'x' : undefined) }, { sources: 'workspace' });
    assert.deepStrictEqual(diagnostics.map(formatDiagnostic), []);
    assert.strictEqual(factBase.sources[0].title, 'Trip to Ulaanbaatar, “day one”');
  });

  it('names a page without a text after its file, and a name of no letters "source"', () => {
    assert.match(sourceRecord('sources/Envoy-visit.html', undefined, () => false).yaml, /id: envoy-visit\n.*\n {4}title: "Envoy-visit"\n$/);
    assert.strictEqual(sourceRecord('sources/한국.txt', '', () => false).id, 'source');
  });
});
