// One line on a country's relations with North Korea, derived from its statements, e.g.
// "relations since 1964 · embassy closed 1998". The tree's country description and search read it.
import * as l10n from '@vscode/l10n';
import type { FactBase } from './factBase';
import { formatEdtf } from './format';
import { type ResolvedDate, type Statement, SUBJECT_COUNTRY_ID } from './model';

export function relationSummary(fb: FactBase, countryId: string): string | undefined {
  const statements = fb.statementsForCountry(countryId); // oldest first, undated last
  const established = statements.find(st => st.type === 'relations-established' && st.actors.includes(SUBJECT_COUNTRY_ID));
  const closures = statements.filter(st => st.type === 'mission-closed' && st.status !== 'denied');
  const parts = [
    established && (established.date ? l10n.t('relations since {0}', yearLabel(established.date)) : l10n.t('relations since an undated time')),
    ...closures.map(closureLabel),
  ].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? [...new Set(parts)].join(' · ') : undefined;
}

function closureLabel(st: Statement): string {
  const year = st.date && yearLabel(st.date);
  switch (st.status) {
    case 'expected':
      return year ? l10n.t('embassy closure expected {0}', year) : l10n.t('embassy closure expected');
    case 'reported':
      return year ? l10n.t('embassy closure reported {0}', year) : l10n.t('embassy closure reported');
    default:
      return year ? l10n.t('embassy closed {0}', year) : l10n.t('embassy closing, undated');
  }
}

/** A plain day, month or year as its year ("1964"); anything vaguer as the compact label keeps it ("1960s", "c. 1985"). */
function yearLabel(date: ResolvedDate): string {
  return /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$/.test(date.edtf) ? date.edtf.slice(0, 4) : formatEdtf(date.edtf);
}
