// A source record for a file the writer adds with Add Source from File…: the three fields a workspace source needs
// (id, file, title). The title is a guess for the writer to check: a note's first line, else the file's name.
export interface SourceRecord {
  id: string;
  /** The record, starting with `  - id:`, ending with a line break. */
  yaml: string;
  /** Where the title's value stands in `yaml`, for the editor to select. */
  title: { start: number; end: number };
}

const TITLE_LIMIT = 120;

/** `file`: the path relative to the fact-base folder (`sources/notes.md`); `text`: the file's text, if it is a note. */
export function sourceRecord(file: string, text: string | undefined, isTaken: (id: string) => boolean): SourceRecord {
  const name = file.replace(/^.*\//, '');
  const stem = name.replace(/\.[^.]+$/, '');
  const base = stem.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'source';
  let id = base;
  for (let n = 2; isTaken(id); n++) {
    id = `${base}-${n}`;
  }
  const firstLine = text?.split(/\r\n|\r|\n/).map(line => line.replace(/^#{1,6}\s+/, '').trim()).find(line => line !== '');
  const title = (firstLine ?? stem).slice(0, TITLE_LIMIT);
  const head = `  - id: ${id}\n    file: ${JSON.stringify(file)}\n    title: `; // not user text: YAML keys of sources.yaml
  const quoted = JSON.stringify(title);
  return { id, yaml: `${head}${quoted}\n`, title: { start: head.length, end: head.length + quoted.length } };
}
