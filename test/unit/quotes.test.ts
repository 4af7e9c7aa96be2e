// Every quote of the bundled fact base stands at exactly one place in its raw source and shows in the cleaned article.
import * as assert from 'assert';
import * as path from 'path';
import { cleanArticle } from '../../src/core/cleaner';
import { formatDiagnostic, loadFactBase, readDataDir } from '../../src/core/loader';
import type { LocatedEvidence } from '../../src/core/model';

const { factBase, diagnostics } = loadFactBase(readDataDir(path.join(__dirname, '../../data')));
const sources = new Map(factBase.sources.map(s => [s.id, { raw: s.text, article: cleanArticle(s.text, s.cleaning) }]));
const quotes: [string, LocatedEvidence][] = [
  ...factBase.entities.flatMap(e => e.evidence.map((q): [string, LocatedEvidence] => [`entity ${e.id}`, q])),
  ...factBase.statements.flatMap(s => s.evidence.map((q): [string, LocatedEvidence] => [`statement ${s.id}`, q])),
];

function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    count++;
  }
  return count;
}

describe('bundled quotes', () => {
  it('load without errors', () => {
    assert.deepStrictEqual(diagnostics.filter(d => d.severity === 'error').map(formatDiagnostic), []);
  });

  it('there are quotes to check', () => {
    assert.ok(quotes.length > 0 && factBase.statements.length > 0);
  });

  it('each stands at exactly one place in its raw source', () => {
    const problems = quotes.flatMap(([owner, q]) => {
      const raw = sources.get(q.source)!.raw;
      const count = occurrences(raw, (q.prefix ?? '') + q.quote);
      return count === 1 && raw.slice(q.start, q.end) === q.quote ? [] : [`${owner} (${q.source}): found ${count} times: "${q.quote}"`];
    });
    assert.deepStrictEqual(problems, []);
  });

  it('each maps into the cleaned article with the same characters', () => {
    const problems = quotes.flatMap(([owner, q]) => {
      const { article } = sources.get(q.source)!;
      const range = article.rawRangeToClean(q.start, q.end);
      return range && article.text.slice(range.start, range.end) === q.quote ? [] : [`${owner} (${q.source}): "${q.quote}" is not in the cleaned text`];
    });
    assert.deepStrictEqual(problems, []);
  });
});
