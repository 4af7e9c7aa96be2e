// The shape of a cleaned article: what the reader, search and the coverage check read.

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'caption';

/** UTF-16 offsets in CleanArticle.text, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export interface Block extends TextRange {
  kind: BlockKind;
  sentences: TextRange[];
}

export interface CleanArticle {
  /** The blocks' text joined by "\n\n"; every other character is a raw character, unchanged. */
  text: string;
  title: string;
  /** In reading order; exactly one 'title' block, first. */
  blocks: Block[];
  /** Clean → raw offset, for every offset 0..text.length. */
  toRaw(cleanOffset: number): number;
  /** Raw → clean; undefined if that raw character was removed (chrome or layout). */
  toClean(rawOffset: number): number | undefined;
  /** A raw range (e.g. a located quote) → clean range; undefined if any part of it was removed as chrome. */
  rawRangeToClean(start: number, end: number): TextRange | undefined;
}
