// Insert Citation's text (src/core/citeAt.ts): the footnote's number, where its parts go, and the quote verbatim.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { datedEvidence } from '../../src/core/check';
import { citationInserts, nextFootnoteNumber } from '../../src/core/citeAt';
import { FactBase } from '../../src/core/factBase';
import { loadFactBase, readDataDir } from '../../src/core/loader';

const fb = new FactBase(loadFactBase(readDataDir(path.join(__dirname, '../../data'))).factBase);
const statement = fb.statement('ghana-relations-established')!;
const evidence = datedEvidence(statement);

/** The text with the inserts applied, last first so the offsets hold. */
function applied(text: string, inserts: { offset: number; text: string }[]): string {
  return [...inserts].sort((a, b) => b.offset - a.offset).reduce((t, i) => t.slice(0, i.offset) + i.text + t.slice(i.offset), text);
}

describe('insert citation text', () => {
  it('numbers a footnote one above the highest in use, references or definitions', () => {
    assert.equal(nextFootnoteNumber('No notes.'), 1);
    assert.equal(nextFootnoteNumber('A[^1] b[^4].\n\n[^1]: x\n[^4]: y'), 5);
    assert.equal(nextFootnoteNumber('Only a definition.\n\n[^7]: x'), 8);
    assert.equal(nextFootnoteNumber('Named [^note] notes do not count.'), 1);
  });

  it('puts the reference at the cursor and the definition, its own paragraph, at the end', () => {
    const text = 'Ghana and North Korea established relations in 1964. More text.\n[^2]: an earlier note';
    const cursor = text.indexOf(' More');
    const result = applied(text, citationInserts(fb, statement, evidence, text, cursor, { markdown: true, style: 'footnote' }));
    assert.equal(result, [
      'Ghana and North Korea established relations in 1964.[^3] More text.',
      '[^2]: an earlier note',
      '',
      '[^3]: Ghana and North Korea establish diplomatic relations at ambassadorial level. “This was before the establishment of formal relations on an ambassadorial level, which happened on 28 December 1964.” — *Ghana–North Korea relations*, Wikipedia, date unknown. <https://en.wikipedia.org/wiki/Ghana%E2%80%93North_Korea_relations> (derived by the fact base: the source gives no URL)',
      '',
    ].join('\n'));
  });

  it('quotes every statement\'s evidence verbatim once Markdown escaping is undone', () => {
    for (const st of fb.statements) {
      for (const ev of st.evidence) {
        const [, definition] = citationInserts(fb, st, ev, '', 0, { markdown: true, style: 'footnote' });
        const quoted = /“([\s\S]*)” — /.exec(definition.text)![1].replace(/\\(.)/g, '$1');
        assert.equal(quoted, ev.quote, st.id);
      }
    }
  });

  it('cites inline in plain text, and in Markdown when asked, unescaped in plain text', () => {
    const plain = citationInserts(fb, statement, evidence, 'x', 1, { markdown: false, style: 'footnote' });
    assert.deepEqual(plain, [{ offset: 1, text: ` (“${evidence.quote}”, Ghana–North Korea relations, Wikipedia, date unknown. <https://en.wikipedia.org/wiki/Ghana%E2%80%93North_Korea_relations> (derived by the fact base: the source gives no URL))` }]);
    const inline = citationInserts(fb, statement, evidence, 'x', 1, { markdown: true, style: 'inline' });
    assert.deepEqual(inline, [{ offset: 1, text: ` (“${evidence.quote}”, *Ghana–North Korea relations*, Wikipedia, date unknown. <https://en.wikipedia.org/wiki/Ghana%E2%80%93North_Korea_relations> (derived by the fact base: the source gives no URL))` }]);
  });
});
