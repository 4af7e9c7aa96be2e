// The reader's message protocol, the one contract between the extension (src/reader) and the webview
// (src/webview). Each side validates what it receives: a webview is a separate, less trusted context, and a
// message that does not match is dropped rather than half-used. The extension sends structured data (text,
// offsets), never markup; offsets are UTF-16 indexes into `ReaderArticle.text`.

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

/** What a reader panel shows; persisted by the webview (setState) and handed back to the serializer. */
export interface ReaderState {
  sourceId: string;
  highlight: TextRange | null;
  /** null: scroll the highlight into view. */
  scrollY: number | null;
}

/** What the webview actually rendered, read back from its DOM. */
export interface RenderReport {
  sourceId: string;
  /** textContent of the highlight's <mark> elements, joined; null when nothing is highlighted. */
  markText: string | null;
  /** textContent of the whole article, header included. */
  text: string;
  /** The name links, in order: their text and the entity they reveal. */
  links: { text: string; entityId: string }[];
  /** Elements or attributes in the document the renderer does not make (always empty unless something injected markup). */
  unexpectedMarkup: string[];
  /** Whether the highlight shows in the viewport (null: no highlight), and how far the page is scrolled. */
  markInView: boolean | null;
  scrollY: number;
}

export type ToWebview =
  | { type: 'show'; article: ReaderArticle; state: ReaderState }
  | { type: 'requestReport' }
  /** Focus and click the index-th name link (RenderReport.links order) as a keyboard user would: how tests follow a link. */
  | { type: 'followLink'; index: number };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'rendered'; report: RenderReport }
  | { type: 'scrolled'; scrollY: number }
  | { type: 'revealEntity'; entityId: string };

type Check<T> = (value: unknown) => value is T;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isOffset = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isScroll = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const arrayOf = <T>(check: Check<T>) => (v: unknown): v is T[] => Array.isArray(v) && v.every(check);

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

export function isReaderState(v: unknown): v is ReaderState {
  return isObject(v) && isString(v.sourceId)
    && (v.highlight === null || isRange(v.highlight))
    && (v.scrollY === null || isScroll(v.scrollY));
}

function isRenderReport(v: unknown): v is RenderReport {
  return isObject(v) && isString(v.sourceId) && (v.markText === null || isString(v.markText))
    && isString(v.text) && arrayOf(isString)(v.unexpectedMarkup)
    && (v.markInView === null || typeof v.markInView === 'boolean') && isScroll(v.scrollY)
    && arrayOf((l): l is RenderReport['links'][number] => isObject(l) && isString(l.text) && isString(l.entityId))(v.links);
}

/** The message if it is a valid ToWebview (the highlight inside the article's text), else undefined. */
export function parseToWebview(v: unknown): ToWebview | undefined {
  if (!isObject(v)) {
    return undefined;
  }
  switch (v.type) {
    case 'show':
      return isArticle(v.article) && isReaderState(v.state) && v.state.sourceId === v.article.sourceId
        && (v.state.highlight === null || within(v.state.highlight, v.article.text))
        ? { type: 'show', article: v.article, state: v.state } : undefined;
    case 'requestReport':
      return { type: 'requestReport' };
    case 'followLink':
      return Number.isInteger(v.index) && (v.index as number) >= 0 ? { type: 'followLink', index: v.index as number } : undefined;
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
    case 'rendered':
      return isRenderReport(v.report) ? { type: 'rendered', report: v.report } : undefined;
    case 'scrolled':
      return isScroll(v.scrollY) ? { type: 'scrolled', scrollY: v.scrollY } : undefined;
    case 'revealEntity':
      return isString(v.entityId) ? { type: 'revealEntity', entityId: v.entityId } : undefined;
    default:
      return undefined;
  }
}
