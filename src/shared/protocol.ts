// The reader's message protocol, the one contract between the extension (src/reader) and the webview
// (src/webview). Each side validates what it receives: a webview is a separate, less trusted context, and a
// message that does not match is dropped rather than half-used. The extension sends structured data (text,
// offsets), never markup; offsets are UTF-16 indexes into `ReaderArticle.text`.

import type { StatementStatus } from '../core/model';

export const READER_VIEW_TYPE = 'dprkAtlas.reader';

export interface TextRange {
  start: number;
  end: number;
}

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'caption';
const BLOCK_KINDS: readonly string[] = ['title', 'heading', 'paragraph', 'caption'] satisfies BlockKind[];

export interface ArticleBlock extends TextRange {
  kind: BlockKind;
}

export interface FactRef {
  id: string;
  summary: string;
}

/** A stretch of text that is evidence for one or more statements. */
export interface Passage extends TextRange {
  facts: FactRef[];
}

/** A name the matcher tied to exactly one entity. */
export interface NameLink extends TextRange {
  entityId: string;
  name: string;
}

export interface ReaderArticle {
  sourceId: string;
  title: string;
  /** What the source is, in a few words each: kind, publisher when known, date or "date unknown". */
  about: string[];
  text: string;
  blocks: ArticleBlock[];
  passages: Passage[];
  names: NameLink[];
}

/** The fact a reader panel was opened for: its bar shows it until another is opened. */
export interface OpenedFact {
  id: string;
  summary: string;
  /** As the sidebar words it: "28 Dec 1964", "as of Nov 2006", "undated". */
  date: string;
  status: StatementStatus;
  /** Every quote of the fact: those in this article in text order first, each with its index in `highlights`. */
  quotes: { text: string; sourceTitle: string; highlight: number | null }[];
}

/** What a reader panel shows; persisted by the webview (setState) and handed back to the serializer. */
export interface ReaderState {
  sourceId: string;
  /** Every quote of the opened fact in this article (or the one sentence search opened), in text order. */
  highlights: TextRange[];
  /** Index into `highlights` of the quote scrolled to, and stepped from with next/previous. */
  current: number;
  /** null: scroll the current highlight into view. */
  scrollY: number | null;
  /** null when the panel shows an article or a sentence rather than a fact. */
  fact: OpenedFact | null;
}

/** What to highlight: ranges in the cleaned text, in text order, and which of them to scroll to. */
export type Highlights = Pick<ReaderState, 'highlights' | 'current' | 'fact'>;

export const NO_HIGHLIGHT: Highlights = { highlights: [], current: 0, fact: null };

/** The state shape saved before a fact could have several highlights: one range or none. */
interface SingleHighlightState {
  sourceId: string;
  highlight: TextRange | null;
  scrollY: number | null;
}

export type ToWebview = { type: 'show'; article: ReaderArticle; state: ReaderState };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'scrolled'; scrollY: number }
  | { type: 'revealEntity'; entityId: string }
  /** The text selected in the article (offsets in `ReaderArticle.text`), null when none is: Add Fact from Selection's passage. */
  | { type: 'selected'; range: TextRange | null };

type Check<T> = (value: unknown) => value is T;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === 'string';
export const STATUSES: readonly StatementStatus[] = ['occurred', 'reported', 'expected', 'denied'];
export const isStatus = (v: unknown): v is StatementStatus => STATUSES.includes(v as StatementStatus);
const isOffset = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
export const isScroll = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
export const arrayOf = <T>(check: Check<T>) => (v: unknown): v is T[] => Array.isArray(v) && v.every(check);

const isRange = (v: unknown): v is TextRange => isObject(v) && isOffset(v.start) && isOffset(v.end) && v.start <= v.end;
const within = (r: TextRange, text: string) => r.end <= text.length;

const isFactRef = (v: unknown): v is FactRef => isObject(v) && isString(v.id) && isString(v.summary);

function isArticle(v: unknown): v is ReaderArticle {
  if (!isObject(v) || !isString(v.sourceId) || !isString(v.title) || !arrayOf(isString)(v.about) || !isString(v.text)) {
    return false;
  }
  const text = v.text;
  const inText = (r: unknown): r is TextRange => isRange(r) && within(r, text);
  return arrayOf((b): b is ArticleBlock => inText(b) && BLOCK_KINDS.includes((b as ArticleBlock).kind))(v.blocks)
    && arrayOf((p): p is Passage => inText(p) && arrayOf(isFactRef)((p as Passage).facts))(v.passages)
    && arrayOf((n): n is NameLink => inText(n) && isString((n as NameLink).entityId) && isString((n as NameLink).name))(v.names);
}

const isQuote = (v: unknown): v is OpenedFact['quotes'][number] => isObject(v) && isString(v.text) && isString(v.sourceTitle)
  && (v.highlight === null || isOffset(v.highlight));
const isOpenedFact = (v: unknown): v is OpenedFact => isObject(v) && isString(v.id) && isString(v.summary) && isString(v.date)
  && isStatus(v.status) && arrayOf(isQuote)(v.quotes);

export function isReaderState(v: unknown): v is ReaderState {
  return isObject(v) && isString(v.sourceId) && arrayOf(isRange)(v.highlights)
    && Number.isSafeInteger(v.current) && (v.current as number) >= 0 && (v.current as number) < Math.max(1, v.highlights.length)
    && (v.scrollY === null || isScroll(v.scrollY)) && (v.fact === null || isOpenedFact(v.fact));
}

function isSingleHighlightState(v: unknown): v is SingleHighlightState {
  return isObject(v) && isString(v.sourceId) && (v.highlight === null || isRange(v.highlight))
    && (v.scrollY === null || isScroll(v.scrollY));
}

/**
 * A state VS Code hands back after a reload, in today's shape: panels saved by an earlier version (one `highlight`)
 * are migrated, so they still restore. undefined for anything else.
 */
export function readerStateOf(v: unknown): ReaderState | undefined {
  if (isReaderState(v)) {
    return { sourceId: v.sourceId, highlights: v.highlights, current: v.current, scrollY: v.scrollY, fact: v.fact };
  }
  return isSingleHighlightState(v)
    ? { sourceId: v.sourceId, highlights: v.highlight ? [v.highlight] : [], current: 0, scrollY: v.scrollY, fact: null }
    : undefined;
}

/** The message if it is a valid ToWebview (the highlights inside the article's text), else undefined. */
export function parseToWebview(v: unknown): ToWebview | undefined {
  if (!isObject(v)) {
    return undefined;
  }
  switch (v.type) {
    case 'show':
      return isArticle(v.article) && isReaderState(v.state) && v.state.sourceId === v.article.sourceId
        && v.state.highlights.every(h => within(h, (v.article as ReaderArticle).text))
        ? { type: 'show', article: v.article, state: v.state } : undefined;
    default:
      return undefined;
  }
}

/** The message if it is a valid FromWebview, else undefined. */
export function parseFromWebview(v: unknown): FromWebview | undefined {
  if (!isObject(v)) {
    return undefined;
  }
  switch (v.type) {
    case 'ready':
      return { type: 'ready' };
    case 'scrolled':
      return isScroll(v.scrollY) ? { type: 'scrolled', scrollY: v.scrollY } : undefined;
    case 'revealEntity':
      return isString(v.entityId) ? { type: 'revealEntity', entityId: v.entityId } : undefined;
    case 'selected':
      return v.range === null || isRange(v.range) ? { type: 'selected', range: v.range } : undefined;
    default:
      return undefined;
  }
}
