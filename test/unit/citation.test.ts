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
      '— *Ghana–North Korea relations*, Wikipedia',
    ].join('\n\n'));
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
