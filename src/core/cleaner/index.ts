// The article cleaner: raw source file → title, headings, paragraphs, captions and sentences, mapped to raw offsets.
export { cleanArticle, cleanArticleInSlices } from './cleaner';
export type { Block, BlockKind, CleanArticle, TextRange } from './types';
