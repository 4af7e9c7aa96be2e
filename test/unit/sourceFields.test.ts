// Issue 15: sources may say where they can be read (url, marked when derived), which revision they are and when they
// were retrieved. The schema admits only http(s) URLs a citation can put inside <…>, and the loader checks the date.
import * as assert from 'assert';
import { createHash } from 'crypto';
import { loadFactBase } from '../../src/core/loader';

const RAW = 'A sentence.';

function loadSource(extra: string) {
  const sources = `sources:
  - id: s1
    file: sources/a.txt
    sha256: ${createHash('sha256').update(RAW).digest('hex')}
    title: A
    kind: news-report
    cleaning: news-page
    published: unknown
${extra}`;
  return loadFactBase({
    sources: [{ path: 'sources.yaml', text: sources }],
    entities: [],
    statements: [],
    readSource: f => (f === 'sources/a.txt' ? RAW : undefined),
  });
}

describe('source url, revision and accessed', () => {
  it('loads them when given', () => {
    const { factBase, diagnostics } = loadSource(`    url: { href: "https://example.org/a%20b", derived: Built from the title. }
    revision: "1234"
    accessed: { edtf: 2024-05-03, text: 3 May 2024 }
`);
    assert.deepStrictEqual(diagnostics, []);
    const [source] = factBase.sources;
    assert.deepStrictEqual(source.url, { href: 'https://example.org/a%20b', derived: 'Built from the title.' });
    assert.strictEqual(source.revision, '1234');
    assert.deepStrictEqual(source.accessed, { edtf: '2024-05-03', text: '3 May 2024' });
  });

  for (const [what, extra, code] of [
    ['a javascript: URL', '    url: { href: "javascript:alert(1)" }\n', 'schema'],
    ['a URL with a space', '    url: { href: "https://example.org/a b" }\n', 'schema'],
    ['a URL with a parenthesis, which would end a Markdown link', '    url: { href: "https://example.org/a)" }\n', 'schema'],
    ['an access date that is not EDTF', '    accessed: { edtf: last week, text: last week }\n', 'invalid-date'],
  ] as const) {
    it(`rejects ${what}, leaving the source out`, () => {
      const { factBase, diagnostics } = loadSource(extra);
      assert.deepStrictEqual(diagnostics.map(d => d.code), [code]);
      assert.deepStrictEqual(factBase.sources, []);
    });
  }
});
