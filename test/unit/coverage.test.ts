// Issue 4: every body sentence with a date, a number or a quotation is cited by at least one statement.
// Issue 14: every sentence of every article is cited, or data/coverage-notes.yaml says why not.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { cleanArticle, type TextRange } from '../../src/core/cleaner';
import { formatCoverage, loadFactBase, parseCoverageNotes, readDataDir, sentenceCoverage } from '../../src/core/loader';

const DATA = path.join(__dirname, '../../data');
const { factBase } = loadFactBase(readDataDir(DATA));
const notes = parseCoverageNotes(fs.readFileSync(path.join(DATA, 'coverage-notes.yaml'), 'utf8'));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A digit, an English month name, or a quotation mark (straight or double curly; single curly ones are mostly apostrophes). */
const NEEDS_CITING = new RegExp(`\\d|\\b(?:${MONTHS.join('|')})\\b|["“”]`);

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

describe('coverage of the articles by statements', () => {
  for (const source of factBase.sources) {
    it(`${source.id}: every body sentence with a date, number or quotation is cited`, () => {
      const article = cleanArticle(source.text, source.cleaning);
      const cited = factBase.statements
        .flatMap(st => st.evidence)
        .filter(e => e.source === source.id)
        .map(e => article.rawRangeToClean(e.start, e.end))
        .filter((r): r is TextRange => r !== undefined);
      const needCiting = article.blocks
        .filter(b => b.kind === 'paragraph' || b.kind === 'caption')
        .flatMap(b => b.sentences)
        .filter(s => NEEDS_CITING.test(article.text.slice(s.start, s.end)));
      assert.ok(needCiting.length > 0, 'the article should have sentences with dates or numbers');
      const uncovered = needCiting
        .filter(s => !cited.some(c => overlaps(c, s)))
        .map(s => `  ${source.id}: ${article.text.slice(s.start, s.end)}`);
      assert.ok(uncovered.length === 0, `${uncovered.length} sentence(s) not cited by any statement:\n${uncovered.join('\n')}`);
    });
  }
});

describe('sentence coverage report (npm run check-data -- --coverage)', () => {
  const report = sentenceCoverage(factBase, notes);

  it('lists every sentence of every article, headings and titles included', () => {
    for (const source of factBase.sources) {
      const article = cleanArticle(source.text, source.cleaning);
      const all = article.blocks.flatMap(b => b.sentences).map(s => article.text.slice(s.start, s.end));
      assert.deepStrictEqual(report.sentences.filter(s => s.source === source.id).map(s => s.text), all, source.id);
    }
  });

  it('finds every sentence cited by a statement or entity, or explained in data/coverage-notes.yaml', () => {
    const open = report.sentences.filter(s => s.citedBy.length === 0 && !s.reason).map(s => `  ${s.source}: ${s.text}`);
    assert.ok(open.length === 0, `${open.length} sentence(s) neither cited nor explained:\n${open.join('\n')}`);
  });

  it('has no stale note: each names an uncited sentence of its source', () => {
    assert.deepStrictEqual(report.unusedNotes, []);
  });

  it('reports a sentence nothing cites and no note explains, and a note that names nothing', () => {
    const withoutGarbled = notes.filter(n => !n.sentence.startsWith('But may fall.'));
    const gap = sentenceCoverage(factBase, [...withoutGarbled, { source: 'ghana-wikipedia', sentence: 'No such sentence.', reason: 'x' }]);
    const printed = formatCoverage(gap);
    assert.match(printed, /\[paragraph\] But may fall\. , a North Korea-focused website\.\n {4}→ none: NOT CITED AND NOT EXPLAINED/);
    assert.match(printed, /\d+ sentences: \d+ cited, \d+ explained in data\/coverage-notes.yaml, 1 neither\./);
    assert.match(printed, /Unused note in data\/coverage-notes.yaml \(ghana-wikipedia\): no sentence reads "No such sentence\."/);
    assert.match(printed, /\[title\] Ghana–North Korea relations\n {4}→ none: title/);
    assert.match(printed, /\[paragraph\] Ghana and North Korea established diplomatic relations in 1964\.\n {4}→ ghana-relations-established, ghana\n/);
  });
});
