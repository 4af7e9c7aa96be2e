// The dates a sentence gives, as EDTF with the words that say them: "28 December 1964", "October 15, 1948",
// "July 2007", "the summer of 1961", "the late 1950s", "the 1960s", "1993–1995", "1964". A year-less day
// ("15 October") or a number that is not a year ("Resolution 1718", "$6.8 million") gives none.

export interface DatePhrase {
  /** UTF-16 offsets in the searched text: the date's own words, with a leading "the" but without "in", "on", "since". */
  start: number;
  end: number;
  edtf: string;
  /** Preceded by "since" or "from": the claim is about when something began. */
  since: boolean;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;
const YEAR = '(1[0-9]{3}|20[0-9]{2})';
const DAY = '([0-3]?[0-9])(?:st|nd|rd|th)?';
const SEASONS: Record<string, string> = { spring: '21', summer: '22', autumn: '23', fall: '23', winter: '24' };
/** Which part of a decade "early", "mid" and "late" mean, generously (a false alarm is worse than a miss). */
const DECADE_PARTS: Record<string, [number, number]> = { early: [0, 5], mid: [3, 7], late: [5, 9] };

/** Alternatives in order of precedence: the longest form first, so "28 December 1964" is not read as "1964". */
const FORMS: { pattern: string; edtf(m: RegExpExecArray): string | undefined }[] = [
  { pattern: `${DAY}\\s+${MONTH},?\\s+${YEAR}`, edtf: m => day(m[3], m[2], m[1]) },
  { pattern: `${MONTH}\\s+${DAY},?\\s+${YEAR}`, edtf: m => day(m[3], m[1], m[2]) },
  { pattern: `${MONTH}(?:\\s+of)?\\s+${YEAR}`, edtf: m => `${m[2]}-${pad(MONTHS.indexOf(m[1].toLowerCase()) + 1)}` },
  { pattern: `(?:the\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+of)?\\s+${YEAR}`, edtf: m => `${m[2]}-${SEASONS[m[1].toLowerCase()]}` },
  { pattern: `(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?([12][0-9]{2})0s`, edtf: m => decade(m[2], m[1]) },
  { pattern: `${YEAR}\\s*[–—-]\\s*${YEAR}`, edtf: m => yearRange(m[1], m[2]) },
  { pattern: `${YEAR}\\s*[–—-]\\s*([0-9]{2})`, edtf: m => yearRange(m[1], `${m[1].slice(0, 2)}${m[2]}`) },
  { pattern: YEAR, edtf: m => m[1] },
];

const PATTERN = new RegExp(FORMS.map(f => `(${f.pattern})`).join('|'), 'giu');
/** Group counts per form, to find which form matched and read its own groups. */
const GROUPS = FORMS.map(f => new RegExp(`${f.pattern}|`).exec('')!.length);
/** Words before a number that make it something other than a year. */
const NOT_A_YEAR_BEFORE = /(?:resolution|no\.|number|\$|€|£|#)\s*$/iu;

export function datePhrases(text: string, from = 0, to = text.length): DatePhrase[] {
  const out: DatePhrase[] = [];
  const slice = text.slice(from, to);
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(slice); m; m = PATTERN.exec(slice)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!edgeBefore(slice, start) || !edgeAfter(slice, end) || NOT_A_YEAR_BEFORE.test(slice.slice(Math.max(0, start - 12), start))) {
      continue;
    }
    const edtf = edtfOf(m);
    if (edtf) {
      const before = slice.slice(Math.max(0, start - 8), start);
      out.push({ start: from + start, end: from + end, edtf: openEnded(edtf, before), since: /\b(?:since|from)\s+$/iu.test(before) });
    }
  }
  return out;
}

/** "post-1982" and "after 1982" claim a time after the date, "pre-1982" and "before 1982" one before it. */
function openEnded(edtf: string, before: string): string {
  if (edtf.includes('/')) {
    return edtf;
  }
  return /(?:\bpost-|\bafter\s+)$/iu.test(before) ? `${edtf}/..` : /(?:\bpre-|\bbefore\s+)$/iu.test(before) ? `../${edtf}` : edtf;
}

function edtfOf(m: RegExpExecArray): string | undefined {
  let group = 1;
  for (let f = 0; f < FORMS.length; f++) {
    if (m[group] !== undefined) {
      const own = [m[group], ...m.slice(group + 1, group + GROUPS[f])] as unknown as RegExpExecArray;
      return FORMS[f].edtf(own);
    }
    group += GROUPS[f];
  }
  return undefined;
}

/** Not inside a word or a number: "1,964" and "6.1964" hold no year. */
function edgeBefore(text: string, start: number): boolean {
  return !WORD_CHAR.test(text[start - 1] ?? ' ') && !(/[,.]/.test(text[start - 1] ?? '') && DIGIT.test(text[start - 2] ?? ''));
}

function edgeAfter(text: string, end: number): boolean {
  return !WORD_CHAR.test(text[end] ?? ' ') && !(/[,.]/.test(text[end] ?? '') && DIGIT.test(text[end + 1] ?? ''));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

function day(year: string, month: string, dayOfMonth: string): string | undefined {
  const d = Number(dayOfMonth);
  return d >= 1 && d <= 31 ? `${year}-${pad(MONTHS.indexOf(month.toLowerCase()) + 1)}-${pad(d)}` : undefined;
}

function decade(digits: string, part: string | undefined): string {
  if (!part) {
    return `${digits}X`;
  }
  const [first, last] = DECADE_PARTS[part.toLowerCase()];
  return `${digits}${first}/${digits}${last}`;
}

/** "1993–1995", "2017–18": a range, when it runs forwards. */
function yearRange(first: string, last: string): string | undefined {
  return Number(first) <= Number(last) ? `${first}/${last}` : undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
