import * as assert from 'assert';
import * as path from 'path';
import { citationMarkdown, escapeMarkdown } from '../../src/core/citation';
import { FactBase } from '../../src/core/factBase';
import { loadFactBase, readDataDir } from '../../src/core/loader';

const fb = new FactBase(loadFactBase(readDataDir(path.join(__dirname, '../../data'))).factBase);

describe('citation', () => {
  it('gives the fact, each verbatim quote and the source title', () => {
    assert.strictEqual(citationMarkdown(fb, fb.statement('north-korean-embassy-ghana-closed')!), [
      'North Korea\'s embassy in Ghana is closed down (1998).',
      '> There was a North Korean embassy in Ghana until it was closed down in 1998.',
      '> There was a North Korean embassy in Ghana until it was closed down in 1998.',
      '— *Ghana–North Korea relations*, Wikipedia, date unknown. <https://en.wikipedia.org/wiki/Ghana%E2%80%93North_Korea_relations> (derived by the fact base: the source gives no URL)',
    ].join('\n\n'));
  });

  it('says what is known of a source and "date unknown" plainly, with revision, access date and URL when known', () => {
    const mongolia = citationMarkdown(fb, fb.statement('mongolia-relations-established')!);
    assert.ok(mongolia.endsWith('— *Mongolia–North Korea relations*, unknown wiki-mirror site (copy of Wikipedia), date unknown.'), mongolia);
    const source = fb.source('mongolia-wiki-mirror')!;
    const known = new FactBase({
      formatVersion: 1, entities: [...fb.entities], statements: [...fb.statements],
      sources: fb.sources.map(s => (s === source ? {
        ...s, published: { edtf: '2013-10', text: 'October 2013' }, revision: '1234', accessed: { edtf: '2024-05-03', text: '3 May 2024' },
        url: { href: 'https://example.org/mongolia' },
      } : s)),
    } as ConstructorParameters<typeof FactBase>[0]);
    assert.ok(citationMarkdown(known, known.statement('mongolia-relations-established')!)
      .endsWith('— *Mongolia–North Korea relations*, unknown wiki-mirror site (copy of Wikipedia), published Oct 2013, revision 1234, accessed 3 May 2024. <https://example.org/mongolia>'));
  });

  it('quotes every evidence of every statement verbatim once escaping is undone', () => {
    for (const st of fb.statements) {
      const md = citationMarkdown(fb, st);
      const quoted = md.split('\n').filter(l => l.startsWith('>')).map(l => l.replace(/^> ?/, '').replace(/\\(.)/g, '$1'));
      assert.deepStrictEqual(quoted, st.evidence.flatMap(ev => ev.quote.split('\n')), st.id);
    }
  });

  it('leaves no text a Markdown renderer would read as markup', () => {
    assert.strictEqual(escapeMarkdown('*bold* [link](x) <b> a_b'), '\\*bold\\* \\[link\\](x) \\<b\\> a\\_b');
    assert.strictEqual(escapeMarkdown('# not a heading\n1. not a list'), '\\# not a heading\n1\\. not a list');
  });
});
