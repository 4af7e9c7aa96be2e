// Search results as a person reads them: nothing listed twice. A sentence the article repeats word for word in one
// section shows once, and a sentence an event above already shows as its quote is not listed again below it.
import type { SearchDocument } from './documents';

export function distinctResults(ranked: readonly SearchDocument[]): SearchDocument[] {
  const shown = new Set<string>();
  return ranked.filter(doc => {
    const keys = [`${doc.kind}\n${doc.label}\n${doc.description}`, ...(doc.kind === 'passage' ? [`sentence\n${doc.label}`] : [])];
    if (keys.some(key => shown.has(key))) {
      return false;
    }
    keys.forEach(key => shown.add(key));
    if (doc.kind === 'event' && doc.detail) {
      shown.add(`sentence\n${doc.detail}`);
    }
    return true;
  });
}
