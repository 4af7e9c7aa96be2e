// What a load computes that depends on one file or one value only, kept for the next load of the same fact base:
// a re-load after an edit to one file parses (and schema-checks) that file only, and locates only the quotes and
// resolves only the dates it has not seen. The cross-file checks (ids, references, names) run again in full; they
// are linear and cheap next to parsing.
import type { ReadableText } from '../html/readableText';
import type { ResolvedDate, SourceDate } from '../model';
import type { ParsedFile } from './loadFactBase';
import type { QuoteLocation } from './locateQuote';
import type { RecordKind } from './schemaCheck';
import type { InputFile } from './yamlFile';

interface CachedFile {
  kind: RecordKind;
  text: string;
  parsed: ParsedFile;
}

export class LoadCache {
  private readonly files = new Map<string, CachedFile>();
  private readonly quotes = new Map<string, { text: string; located: Map<string, QuoteLocation> }>();
  private readonly dates = new Map<string, ResolvedDate | { error: string }>();
  /** HTML sources' readable text by file, with the HTML it was made from. */
  private readonly readable = new Map<string, { html: string; result: ReadableText }>();
  /** How many files were parsed, for the tests of incremental loading. */
  parses = 0;

  parsed(kind: RecordKind, file: InputFile, parse: () => ParsedFile): ParsedFile {
    const cached = this.files.get(file.path);
    if (cached && cached.kind === kind && cached.text === file.text) {
      return cached.parsed;
    }
    this.parses++;
    const parsed = parse();
    this.files.set(file.path, { kind, text: file.text, parsed });
    return parsed;
  }

  quoteLocation(sourceId: string, text: string, quote: string, prefix: string | undefined,
    locate: (text: string, quote: string, prefix?: string) => QuoteLocation): QuoteLocation {
    let entry = this.quotes.get(sourceId);
    if (!entry || entry.text !== text) {
      entry = { text, located: new Map() };
      this.quotes.set(sourceId, entry);
    }
    const key = `${prefix ?? ''}\u0000${quote}`;
    let where = entry.located.get(key);
    if (!where) {
      where = locate(text, quote, prefix);
      entry.located.set(key, where);
    }
    return where;
  }

  resolvedDate(edtf: string, text: string, resolve: (date: SourceDate) => ResolvedDate | { error: string }): ResolvedDate | { error: string } {
    let resolved = this.dates.get(edtf);
    if (!resolved) {
      resolved = resolve({ edtf, text: '' });
      this.dates.set(edtf, resolved);
    }
    return 'error' in resolved ? resolved : { ...resolved, text };
  }

  /** Cleans an HTML source only when its file changed: Readability takes about a second a megabyte. */
  readableText(file: string, html: string, clean: (html: string) => ReadableText): ReadableText {
    const cached = this.readable.get(file);
    if (cached?.html === html) {
      return cached.result;
    }
    const result = clean(html);
    this.readable.set(file, { html, result });
    return result;
  }

  /** Forgets the files no longer part of the fact base: YAML files and the source files this load used. */
  keepOnly(files: readonly InputFile[], sourceFiles: readonly string[]): void {
    const paths = new Set(files.map(f => f.path));
    for (const path of this.files.keys()) {
      if (!paths.has(path)) {
        this.files.delete(path);
      }
    }
    const used = new Set(sourceFiles);
    for (const file of this.readable.keys()) {
      if (!used.has(file)) {
        this.readable.delete(file);
      }
    }
  }
}
