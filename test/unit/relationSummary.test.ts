import * as assert from 'assert';
import * as path from 'path';
import { FactBase } from '../../src/core/factBase';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import type { CompiledFactBase, Statement } from '../../src/core/model';
import { relationSummary } from '../../src/core/relationSummary';

const bundled = loadFactBase(readDataDir(path.join(__dirname, '../../data'))).factBase;

describe('relation summary', () => {
  it('summarizes the bundled countries from their statements', () => {
    const fb = new FactBase(bundled);
    assert.strictEqual(relationSummary(fb, 'ghana'), 'relations since 1964 · embassy closed 1998');
    assert.strictEqual(relationSummary(fb, 'mongolia'), 'relations since 1948 · embassy closed 1999');
    assert.strictEqual(relationSummary(fb, 'angola'), 'embassy closure reported');
    assert.strictEqual(relationSummary(fb, 'united-states'), undefined);
  });

  it('reads the year of a precise date and keeps an uncertain one as worded', () => {
    const withDates = (established: string, closed: string) => new FactBase(patch(bundled, {
      'ghana-relations-established': { edtf: established, uncertain: /[X~?/]/.test(established) },
      'north-korean-embassy-ghana-closed': { edtf: closed, uncertain: /[X~?/]/.test(closed) },
    }));
    assert.strictEqual(relationSummary(withDates('196X', '1998-03-02'), 'ghana'), 'relations since 1960s · embassy closed 1998');
    assert.strictEqual(relationSummary(withDates('1964~', '1998'), 'ghana'), 'relations since c. 1964 · embassy closed 1998');
  });

  it('says an expected closure is expected, not done', () => {
    const fb = new FactBase(bundled);
    assert.match(relationSummary(fb, 'spain') ?? '', /embassy closure expected/);
  });
});

function patch(data: CompiledFactBase, dates: Record<string, { edtf: string; uncertain: boolean }>): CompiledFactBase {
  const statements = data.statements.map((st): Statement => {
    const d = dates[st.id];
    return d && st.date ? { ...st, date: { ...st.date, ...d } } : st;
  });
  return { ...data, statements };
}
