// The fact-base model: what the YAML in data/ describes once validated, and what every surface reads.
// vscode-free: imported by the build, the unit tests and the extension alike.
import * as l10n from '@vscode/l10n';

export type EntityKind = 'country' | 'place' | 'person' | 'organization';
export const ENTITY_KINDS: readonly EntityKind[] = ['country', 'place', 'person', 'organization'];

/** The country the fact base is about; every other country is a relation of it. */
export const SUBJECT_COUNTRY_ID = 'north-korea';

export type SourceKind = 'encyclopedia-article' | 'wiki-mirror' | 'news-report';

/**
 * How to strip a raw source file of its page chrome (see core/cleaner); a workspace's notes are plain text or
 * Markdown, and its saved pages HTML (whose text is the page's readable text, core/html/readableText.ts).
 */
export type CleaningProfile = 'wikipedia-dump' | 'wiki-mirror' | 'news-page' | 'plain-text' | 'markdown' | 'html';

/** A date as the source words it: EDTF for machines, the article's own words for people. */
export interface SourceDate {
  /** Extended Date/Time Format (ISO 8601-2), e.g. `1964-12-28`, `1961-22` (summer), `196X`, `2001-01/..`. */
  edtf: string;
  /** The source's own words, e.g. "in the summer of 1961". */
  text: string;
}

/** A date resolved at build time: sort keys in ms since epoch (±8.64e15, the Date limits, for open ends). */
export interface ResolvedDate extends SourceDate {
  min: number;
  max: number;
  /** The EDTF carries `?`, `~` or `%`, or is a season, decade, or interval. */
  uncertain: boolean;
}

export interface Source {
  id: string;
  /** Path of the raw file, relative to data/ (or to the workspace's fact-base folder). */
  file: string;
  /** SHA-256 of the raw file as received: the loader refuses a changed file. Every bundled source has one. */
  sha256?: string;
  title: string;
  /** Every bundled source has one; a workspace source may leave it out. */
  kind?: SourceKind;
  cleaning: CleaningProfile;
  publisher?: string;
  /** Publication date, or 'unknown' when the source does not give one. */
  published: SourceDate | 'unknown';
  /** Where it can be read, only as the source supports it. */
  url?: SourceUrl;
  /** The revision or version the raw file is, as the source names it. */
  revision?: string;
  /** When the raw file was retrieved. */
  accessed?: SourceDate;
  note?: string;
}

export interface SourceUrl {
  href: string;
  /** Set when the source gives no URL itself: how this one was built from what it gives (a page title). */
  derived?: string;
}

export interface NativeName {
  text: string;
  /** BCP 47 language tag, e.g. `mn`, `ko`. */
  lang: string;
}

/** A verbatim quote in a source, located by the loader (nobody types offsets). */
export interface Evidence {
  source: string;
  quote: string;
  /** Text immediately before the quote, given only when the quote alone occurs more than once. */
  prefix?: string;
}

export interface LocatedEvidence extends Evidence {
  /** UTF-16 offsets of the quote in the source's text (the raw file; for an HTML source, its readable text). */
  start: number;
  end: number;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  /** Preferred English name. */
  name: string;
  /** Every other form a writer may type: romanizations, abbreviations, older names. */
  aliases: string[];
  /** Adjectives or demonyms ("Ghanaian"): matched with lower confidence. */
  demonyms: string[];
  native: NativeName[];
  /** One line: who or what this is. */
  description: string;
  /** ISO 3166-1 alpha-2 (or ISO 3166-3 for former countries), countries only. */
  iso?: string;
  /** For places and organizations: the country they are in or belong to; for a mission, its host country. */
  country?: string;
  /** For missions (embassies, consulates, offices): the country that sends them. `country` stays the host. */
  sendingState?: string;
  /** For organizations: the organization they belong to (a ministry's government, a council's UN). */
  parent?: string;
  /** Names that denote several entities: recognised, and given a card that lists the candidates, never one's own. */
  ambiguousAliases: string[];
  evidence: LocatedEvidence[];
  /** Where the record is written, for Go to Definition: its YAML file (relative to data/) and 1-based line. */
  record?: RecordPosition;
}

export interface RecordPosition {
  file: string;
  line: number;
}

/** A small vocabulary, after CAMEO's event classes, for what a statement reports, each with its label (a function: the translations are configured after the modules load). */
export const STATEMENT_TYPES = {
  'relations-established': () => l10n.t('Diplomatic relations established'),
  'relations-suspended': () => l10n.t('Relations suspended, reduced or broken'),
  'relations-improved': () => l10n.t('Relations restored or improved'),
  'relations-strained': () => l10n.t('Relations strained or friction'),
  'relations-status': () => l10n.t('State of relations at a time'),
  recognition: () => l10n.t('Diplomatic recognition'),
  support: () => l10n.t('Expression of political support'),
  visit: () => l10n.t('Official visit or tour'),
  'agreement-signed': () => l10n.t('Agreement or treaty signed'),
  'agreement-nullified': () => l10n.t('Agreement or treaty nullified'),
  aid: () => l10n.t('Aid given or sought'),
  trade: () => l10n.t('Trade and economic ties'),
  cooperation: () => l10n.t('Cooperation (military, cultural, economic)'),
  'mission-opened': () => l10n.t('Embassy or mission opened'),
  'mission-closed': () => l10n.t('Embassy or mission closed'),
  'position-held': () => l10n.t('Office or role held'),
  expulsion: () => l10n.t('Diplomats expelled'),
  vote: () => l10n.t('Vote in an international body'),
  'public-statement': () => l10n.t('Public statement, slogan or denial'),
  accusation: () => l10n.t('Accusation'),
  incident: () => l10n.t('Incident or attack'),
  refugees: () => l10n.t('Refugees and migration'),
  membership: () => l10n.t('Membership or status in an international body'),
} as const;
export type StatementType = keyof typeof STATEMENT_TYPES;

/** occurred: the source states it as fact; reported: the source attributes it to someone; expected: not yet happened. */
export type StatementStatus = 'occurred' | 'reported' | 'expected' | 'denied';

export interface Quantity {
  /** The number as a value; for an approximate count the nearest figure the words give ("about a dozen" → 12). */
  value: number;
  qualifier: 'exact' | 'about' | 'more-than' | 'at-least' | 'up-to';
  unit: string;
  /** The source's words, e.g. "more than a dozen". */
  text: string;
}

export interface Role {
  holder: string;
  /** e.g. "North Korean ambassador to Ghana". */
  title: string;
  organization?: string;
}

export interface Statement {
  id: string;
  type: StatementType;
  /** One line a person understands, e.g. "Ghana and North Korea establish diplomatic relations". */
  summary: string;
  /** A few words after the date in the sidebar's chronology; the type's name stands in without one. */
  label?: string;
  /** Entity ids taking part; the countries among them (other than North Korea) place it in the tree. */
  actors: string[];
  /** Other entities it names (places, organizations) without them acting. */
  mentions: string[];
  date?: ResolvedDate;
  /** For claims true at a time: when the source says it held. */
  asOf?: ResolvedDate;
  status: StatementStatus;
  quantity?: Quantity;
  role?: Role;
  /** The named treaty, agreement or resolution an agreement or vote is about ("Resolution 1718"). */
  instrument?: string;
  /** Statements whose claims disagree with this one; the data keeps both. */
  conflictsWith: string[];
  /** What the source leaves vague or open, in a sentence. */
  note?: string;
  evidence: LocatedEvidence[];
}

/** The compiled fact base, as the build packs it into dist/factbase.pack (core/pack). */
export interface CompiledFactBase {
  formatVersion: 1;
  sources: (Source & { text: string })[];
  entities: Entity[];
  statements: Statement[];
}
