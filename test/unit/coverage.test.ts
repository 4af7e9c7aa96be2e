// Issue 4: every body sentence with a date, a number or a quotation is cited by at least one statement.
import * as assert from 'assert';
import * as path from 'path';
import { cleanArticle, type TextRange } from '../../src/core/cleaner';
import { loadFactBase, readDataDir } from '../../src/core/loader';

const { factBase } = loadFactBase(readDataDir(path.join(__dirname, '../../data')));

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
