// When a file has a YAML syntax error, the records around it should still load. This splits a file's
// top-level list into one small document per record (the list's header line plus that record's lines),
// with the line offset that maps the part's positions back to the file.

export interface RecordPart {
  text: string;
  /** Add to a 1-based line in `text` (past its header line) to get the line in the whole file. */
  lineOffset: number;
}

export function splitRecords(text: string, key: string): RecordPart[] {
  const lines = text.split(/(?<=\n)/);
  const header = lines.findIndex(l => new RegExp(`^${key}:\\s*(#.*)?\\r?\\n?$`).test(l));
  if (header < 0) {
    return [];
  }
  let itemIndent: number | undefined;
  const starts: number[] = [];
  // Fact-base files have one top-level key, so every later line belongs to some record: a stray line
  // breaks only the record it lands in.
  for (let i = header + 1; i < lines.length; i++) {
    const m = /^( *)-(\s|$)/.exec(lines[i]);
    if (m && (itemIndent === undefined || m[1].length === itemIndent)) {
      itemIndent = m[1].length;
      starts.push(i);
    }
  }
  return starts.map((start, n) => ({
    text: lines[header].replace(/\r?\n?$/, '\n') + lines.slice(start, starts[n + 1]).join(''),
    lineOffset: start - 1,
  }));
}
