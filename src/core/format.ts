// Short, human labels for dates and statements, shared by the tree, hovers, search and citations.
import * as l10n from '@vscode/l10n';
import { type EntityKind, type Source, type SourceKind, type Statement, STATEMENT_TYPES, type StatementStatus, type StatementType } from './model';

// Functions, not constants: the translations are configured after the modules load.
const month = (n: number) => [l10n.t('Jan'), l10n.t('Feb'), l10n.t('Mar'), l10n.t('Apr'), l10n.t('May'), l10n.t('Jun'), l10n.t('Jul'),
  l10n.t('Aug'), l10n.t('Sep'), l10n.t('Oct'), l10n.t('Nov'), l10n.t('Dec')][n - 1];
function season(code: string, year: string): string | undefined {
  switch (code) {
    case '21': return l10n.t('spring {0}', year);
    case '22': return l10n.t('summer {0}', year);
    case '23': return l10n.t('autumn {0}', year);
    case '24': return l10n.t('winter {0}', year);
    default: return undefined;
  }
}

/** A compact English label for an EDTF date: `28 Dec 1964`, `summer 1961`, `1960s`, `since Jan 2001`, `c. 1985`. */
export function formatEdtf(edtf: string): string {
  const [from, to] = edtf.split('/');
  if (to !== undefined) {
    if (to === '..' || to === '') {
      return l10n.t('since {0}', formatPoint(from));
    }
    if (from === '..' || from === '') {
      return l10n.t('until {0}', formatPoint(to));
    }
    return l10n.t('{0} – {1}', formatPoint(from), formatPoint(to));
  }
  return formatPoint(edtf);
}

function formatPoint(point: string): string {
  const approx = /[~%]/.test(point);
  const uncertain = /[?%]/.test(point);
  const bare = point.replace(/[~?%]/g, '');
  let label = bare;
  const decade = /^(\d{3})X$/.exec(bare);
  const century = /^(\d{2})XX$/.exec(bare);
  const parts = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(bare);
  if (decade) {
    label = l10n.t('{0}0s', decade[1]);
  } else if (century) {
    label = l10n.t('{0}00s', century[1]);
  } else if (parts) {
    const [, year, mm, day] = parts;
    const inSeason = mm && season(mm, year);
    if (inSeason) {
      label = inSeason;
    } else if (mm && Number(mm) >= 1 && Number(mm) <= 12) {
      label = day ? l10n.t('{0} {1} {2}', Number(day), month(Number(mm)), year) : l10n.t('{0} {1}', month(Number(mm)), year);
    } else {
      label = year;
    }
  }
  label = approx ? l10n.t('c. {0}', label) : label;
  return uncertain ? l10n.t('{0}?', label) : label;
}

/** The date a person should see for a statement: its date, else "as of …", else "undated". */
export function statementDateLabel(st: Statement): string {
  if (st.date) {
    return formatEdtf(st.date.edtf);
  }
  if (st.asOf) {
    return l10n.t('as of {0}', formatEdtf(st.asOf.edtf));
  }
  return l10n.t('undated');
}

/** A source's publication date for people: "published 2021", or plainly "date unknown". */
export function publishedLabel(source: Pick<Source, 'published'>): string {
  return !source.published || source.published === 'unknown' ? l10n.t('date unknown') : l10n.t('published {0}', formatEdtf(source.published.edtf));
}

/** "Diplomatic relations established" for `relations-established`. */
export function statementTypeLabel(type: StatementType): string {
  return STATEMENT_TYPES[type]();
}

/** What kind of entity, as a card or search result names it. */
export function entityKindLabel(kind: EntityKind): string {
  switch (kind) {
    case 'country': return l10n.t('country');
    case 'place': return l10n.t('place');
    case 'person': return l10n.t('person');
    case 'organization': return l10n.t('organization');
  }
}

/** A statement's standing, as the sidebar, cards, reader and timeline mark it. */
export function statusLabel(status: StatementStatus): string {
  switch (status) {
    case 'occurred': return l10n.t('occurred');
    case 'reported': return l10n.t('reported');
    case 'expected': return l10n.t('expected');
    case 'denied': return l10n.t('denied');
  }
}

/** What kind of source, as the sidebar and the reader describe it. */
export function sourceKindLabel(kind: SourceKind): string {
  switch (kind) {
    case 'encyclopedia-article': return l10n.t('Encyclopedia article');
    case 'wiki-mirror': return l10n.t('Wiki mirror');
    case 'news-report': return l10n.t('News report');
  }
}
