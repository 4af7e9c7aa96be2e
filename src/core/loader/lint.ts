// Checks of a loaded fact base for the mechanical errors a claim-by-claim audit found (issue 14): dates more
// precise than their words, missions filed under the state that sends them, once-only events given twice without a
// conflict link, names the matcher would give to the wrong entity, aliases that are common English words, and sidebar
// labels with words their statement does not give. Each
// problem goes to `report`, which the loader positions at the offending YAML node.
import type { Severity } from '../diagnostics';
import { FactBase } from '../factBase';
import { NameMatcher, nameEntriesOf } from '../matcher';
import { compileName } from '../matcher/compileName';
import type { CompiledFactBase, Entity, ResolvedDate, Statement, StatementType } from '../model';
import { COMMON_ENGLISH_WORDS } from './commonEnglishWords';
import { namesOf } from './entityNames';
import type { PathSegment } from './yamlFile';

export type LintTarget = { entity: string } | { statement: string };
export type LintReport = (target: LintTarget, path: PathSegment[], code: string, message: string, severity: Severity) => void;

export function lintFactBase(fb: CompiledFactBase, report: LintReport): void {
  for (const st of fb.statements) {
    for (const field of ['date', 'asOf'] as const) {
      const date = st[field];
      if (date) {
        lintDate(date, message => report({ statement: st.id }, [field, 'edtf'], ...message));
      }
    }
    lintLabel(st, report);
  }
  for (const e of fb.entities) {
    lintMission(e, report);
  }
  lintOnceOnlyEvents(fb.statements, report);
  lintNames(fb, report);
}

/** How the name of an embassy, consulate or other mission reads. */
const MISSION_NAME = /\b(?:embassy|consulate|consular office|mission|representative office|legation)\b/i;

/** How much of a word must match for "accused" to stand for "accuses", "counterfeits" for "counterfeit". */
const STEM_LENGTH = 5;
const stems = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(w => w.slice(0, STEM_LENGTH));

/**
 * A label is a few words of its statement: each word of four letters or more (a crude stem of it) is in the summary
 * or a quote, so a label cannot say what its statement does not. Whether it is weaker is still read by a person.
 */
function lintLabel(st: Statement, report: LintReport): void {
  if (!st.label) {
    return;
  }
  const given = new Set(stems([st.summary, ...st.evidence.map(e => e.quote)].join(' ')));
  const unsupported = (st.label.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).filter(w => !given.has(w.slice(0, STEM_LENGTH)));
  if (unsupported.length > 0) {
    report({ statement: st.id }, ['label'], 'label-unsupported', `Statement "${st.id}": the label says ${unsupported.map(w => `"${w}"`).join(', ')}, which neither its summary nor its quotes give.`, 'warning');
  }
}

/** A mission's `country` is its host; the state that sends it is `sendingState`, which it must have. */
function lintMission(e: Entity, report: LintReport): void {
  const isMission = e.sendingState !== undefined || (e.kind === 'organization' && MISSION_NAME.test(e.name));
  if (!isMission) {
    return;
  }
  if (e.sendingState === undefined) {
    report({ entity: e.id }, ['name'], 'mission-in-sending-state', `Entity "${e.id}" is a mission: give the state that sends it as \`sendingState\`, and its host as \`country\`.`, 'error');
  } else if (e.country === e.sendingState) {
    report({ entity: e.id }, ['country'], 'mission-in-sending-state', `Entity "${e.id}": \`country\` is where a mission is, its host; "${e.country}" is the state that sends it (\`sendingState\`).`, 'error');
  }
}

/** "the 1980s", "late-1950s", "1960-1970s": each decade the words name. */
const DECADE_WORDS = /\b\d{3}0s\b|\b\d{3}0(?=[-–]\d{3}0s\b)/g;

function lintDate(date: ResolvedDate, report: (message: [code: string, message: string, severity: Severity]) => void): void {
  const decades = date.text.match(DECADE_WORDS)?.length ?? 0;
  const decadePoints = date.edtf.split('/').filter(point => /^\d{3}X/.test(point)).length;
  if (decades > decadePoints) {
    report(['decade-as-year', `"${date.text}" names ${decades === 1 ? 'a decade' : `${decades} decades`}, but "${date.edtf}" gives ${decadePoints === 0 ? 'years' : `only ${decadePoints}`}: write each decade with X, e.g. 196X for "the 1960s", 195X/198X for "from the late-1950s to the 1980s".`, 'error']);
  }
  if (/^by\b/i.test(date.text.trim()) && !date.edtf.startsWith('../')) {
    report(['by-without-open-start', `"${date.text}" gives only the latest time, not a start: write it with an open start, e.g. ../${date.edtf}.`, 'error']);
  }
}

/**
 * Events that happen once between the same parties: two statements of one of these whose parties coincide (the
 * actors of one, at least two, are all actors of the other: "Spain" within "Spain, Hong Kong and …") are one event
 * told twice, unless their dates can overlap or one links the other.
 */
const ONCE_ONLY: ReadonlySet<StatementType> = new Set<StatementType>([
  'relations-established', 'mission-opened', 'mission-closed', 'membership', 'agreement-signed', 'agreement-nullified', 'vote',
]);
/** Agreements and votes recur between the same parties; only a named one (its `instrument`) is once-only. */
const NEEDS_INSTRUMENT: ReadonlySet<StatementType> = new Set<StatementType>(['agreement-signed', 'agreement-nullified', 'vote']);

function lintOnceOnlyEvents(statements: readonly Statement[], report: LintReport): void {
  const byKind = new Map<string, Statement[]>();
  for (const st of statements) {
    if (ONCE_ONLY.has(st.type) && (st.instrument || !NEEDS_INSTRUMENT.has(st.type))) {
      const key = `${st.type}\n${st.instrument ?? ''}`;
      byKind.set(key, [...(byKind.get(key) ?? []), st]);
    }
  }
  for (const group of byKind.values()) {
    group.forEach((later, i) => {
      for (const earlier of group.slice(0, i)) {
        const shared = sharedParties(earlier, later);
        const disagreement = shared && disagreementOf(earlier, later);
        if (disagreement && !earlier.conflictsWith.includes(later.id) && !later.conflictsWith.includes(earlier.id)) {
          report({ statement: later.id }, ['id'], 'once-only-twice',
            `Statement "${later.id}" and "${earlier.id}" are both ${later.type} for ${shared.join(', ')}${later.instrument ? ` (${later.instrument})` : ''}, but ${disagreement}: if they disagree, link them with \`conflictsWith\`; if they are one event, make them one statement.`, 'warning');
        }
      }
    });
  }
}

/** The actors of the statement with fewer, when there are at least two and the other statement has them all. */
function sharedParties(a: Statement, b: Statement): string[] | undefined {
  const [fewer, more] = [new Set(a.actors), new Set(b.actors)].sort((x, y) => x.size - y.size);
  return fewer.size >= 2 && [...fewer].every(id => more.has(id)) ? [...fewer] : undefined;
}

function disagreementOf(a: Statement, b: Statement): string | undefined {
  if ((a.status === 'expected') !== (b.status === 'expected')) {
    return 'one says it happened and the other that it is expected';
  }
  const [da, db] = [a.date ?? a.asOf, b.date ?? b.asOf];
  if (da && db && (da.max < db.min || db.max < da.min)) {
    return `their dates (${da.edtf}, ${db.edtf}) cannot overlap`;
  }
  return undefined;
}

function lintNames(fb: CompiledFactBase, report: LintReport): void {
  const matcher = NameMatcher.fromEntries(nameEntriesOf(new FactBase(fb)));
  for (const e of fb.entities) {
    for (const [text, path] of namesOf(e)) {
      // As written, and as a writer types it without apostrophes ("Democratic Peoples Republic of Korea").
      for (const form of new Set([text, text.replace(/['’]/g, '')])) {
        const matches = matcher.findAll(form);
        const whole = matches.some(m => m.start === 0 && m.end === form.length && m.entityIds.includes(e.id));
        const thief = matches.find(m => !m.entityIds.includes(e.id));
        if (!whole && thief) {
          const written = form === text ? `"${text}"` : `"${text}" written as "${form}"`;
          report({ entity: e.id }, path, 'name-shadowed',
            `Entity "${e.id}": ${written} matches "${form.slice(thief.start, thief.end)}" (${thief.entityIds.join(', ')}) instead. Add the form as an alias of "${e.id}", or make the shorter name an ambiguous alias.`, 'error');
        }
      }
      const capitalsOnly = compileName(text)?.capitalsOnly ?? false;
      if (path[0] !== 'name' && !capitalsOnly && COMMON_ENGLISH_WORDS.has(text.toLowerCase())) {
        report({ entity: e.id }, path, 'common-word-alias',
          `Entity "${e.id}": "${text}" is a common English word, so ordinary prose would get its card. Remove it, or list it in \`ambiguousAliases\` to recognise it without a card.`, 'error');
      }
    }
  }
}
