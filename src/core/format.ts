// Short, human labels for dates and statements, shared by the tree, hovers, search and citations.
import type { Source, Statement } from './model';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SEASONS: Record<string, string> = { '21': 'spring', '22': 'summer', '23': 'autumn', '24': 'winter' };

/** A compact English label for an EDTF date: `28 Dec 1964`, `summer 1961`, `1960s`, `since Jan 2001`, `c. 1985`. */
export function formatEdtf(edtf: string): string {
  const [from, to] = edtf.split('/');
  if (to !== undefined) {
    if (to === '..' || to === '') {
      return `since ${formatPoint(from)}`;
    }
    if (from === '..' || from === '') {
      return `until ${formatPoint(to)}`;
    }
    return `${formatPoint(from)} – ${formatPoint(to)}`;
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
    label = `${decade[1]}0s`;
  } else if (century) {
    label = `${century[1]}00s`;
  } else if (parts) {
    const [, year, month, day] = parts;
    if (month && SEASONS[month]) {
      label = `${SEASONS[month]} ${year}`;
    } else if (month && Number(month) >= 1 && Number(month) <= 12) {
      label = `${day ? `${Number(day)} ` : ''}${MONTHS[Number(month) - 1]} ${year}`;
    } else {
      label = year;
    }
  }
  return `${approx ? 'c. ' : ''}${label}${uncertain ? '?' : ''}`;
}

/** The date a person should see for a statement: its date, else "as of …", else "undated". */
export function statementDateLabel(st: Statement): string {
  if (st.date) {
    return formatEdtf(st.date.edtf);
  }
  if (st.asOf) {
    return `as of ${formatEdtf(st.asOf.edtf)}`;
  }
  return 'undated';
}


/** A source's publication date for people: "published 2021", or plainly "date unknown". */
export function publishedLabel(source: Pick<Source, 'published'>): string {
  return source.published === 'unknown' ? 'date unknown' : `published ${formatEdtf(source.published.edtf)}`;
}
