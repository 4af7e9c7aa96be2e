// Source passages for search: the sentences of each cleaned article, located in the raw text so choosing one
// opens the exact original characters.
import { cleanArticleInSlices } from '../cleaner';
import type { Sliced } from '../slicedTask';
import type { SourceWithText } from '../factBase';

/** Passages listed between two pauses. */
const PAUSE_PASSAGES = 1024;

export interface Passage {
  sourceId: string;
  /** UTF-16 offsets in the raw source text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** The heading of the section the sentence is in, if any. */
  heading?: string;
}

/** The sentences of a source, cleaned and listed in slices (a source may be megabytes). */
export function* sourcePassages(source: SourceWithText): Sliced<Passage[]> {
  const article = yield* cleanArticleInSlices(source.text, source.cleaning);
  const passages: Passage[] = [];
  let heading: string | undefined;
  for (const block of article.blocks) {
    if (block.kind === 'heading') {
      heading = article.text.slice(block.start, block.end);
    }
    if (block.kind !== 'paragraph' && block.kind !== 'caption') {
      continue;
    }
    for (const sentence of block.sentences) {
      const start = article.toRaw(sentence.start);
      const end = article.toRaw(sentence.end);
      passages.push({ sourceId: source.id, start, end, text: source.text.slice(start, end), heading });
      if (passages.length % PAUSE_PASSAGES === 0) {
        yield;
      }
    }
  }
  return passages;
}
