// Where a new record goes in a fact-base YAML file: after everything the file holds, in its collection (`sources:`,
// `entities:`, `statements:`), which is written when the file has none and opened into a block list when it is the
// empty `key: []` a new file starts with. Only that is replaced; the writer's own text is never rewritten.
export interface RecordInsertion {
  /** The range of the file's text to replace (empty: an insertion). */
  start: number;
  end: number;
  text: string;
  /** Where the record begins in the file once the text is in place. */
  recordStart: number;
}

/** `record` is a list item (`  - id: …`) ending with a line break. */
export function appendRecord(fileText: string, key: 'sources' | 'entities' | 'statements', record: string): RecordInsertion {
  const empty = new RegExp(`^${key}:[ \\t]*\\[[ \\t]*\\][ \\t]*(?:#.*)?$`, 'm').exec(fileText);
  if (empty) {
    const text = `${key}:\n${record.replace(/\n$/, '')}`;
    return { start: empty.index, end: empty.index + empty[0].length, text, recordStart: empty.index + key.length + 2 };
  }
  const separator = fileText === '' || fileText.endsWith('\n') ? '' : '\n';
  const header = new RegExp(`^${key}:`, 'm').test(fileText) ? '' : `${key}:\n`;
  const text = separator + header + record;
  return { start: fileText.length, end: fileText.length, text, recordStart: fileText.length + separator.length + header.length };
}
