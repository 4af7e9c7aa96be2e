// One YAML file parsed with positions, so every later check can point at the exact node it is about.
import { Document, isMap, isNode, isScalar, parseDocument } from 'yaml';
import type { Diagnostic, Severity } from '../diagnostics';

export interface InputFile {
  /** Path as it should appear in diagnostics. */
  path: string;
  text: string;
}

export type PathSegment = string | number;

export class YamlFile {
  private constructor(
    readonly path: string,
    private readonly doc: Document,
    private readonly lines: LineStarts,
    private readonly lineOffset: number,
  ) {}

  /**
   * Parses the file; syntax problems become diagnostics and `value` is what could be read (or undefined).
   * `lineOffset` places a part of a file (see salvage.ts) back at its lines in the whole file.
   */
  static parse(file: InputFile, diagnostics: Diagnostic[], lineOffset = 0): { yaml: YamlFile; value: unknown } {
    const lines = new LineStarts(file.text);
    let doc: Document;
    try {
      doc = parseDocument(file.text, { prettyErrors: false, uniqueKeys: true });
    } catch (err) {
      // Pathological input (e.g. nesting deep enough to exhaust the stack) is a problem of the file, not a crash.
      diagnostics.push({ file: file.path, line: 1, column: 1, severity: 'error', code: 'yaml-syntax', message: `The file cannot be parsed: ${(err as Error).message}` });
      return { yaml: new YamlFile(file.path, new Document(null), lines, 0), value: undefined };
    }
    const yaml = new YamlFile(file.path, doc, lines, lineOffset);
    // One message per line: the parser often explains a single slip several ways at the same spot.
    const reportedLines = new Set<number>();
    for (const e of doc.errors) {
      const line = lines.linePos(e.pos[0]).line;
      if (!reportedLines.has(line)) {
        reportedLines.add(line);
        yaml.report(diagnostics, e.pos[0], 'yaml-syntax', e.message.split('\n')[0]);
      }
    }
    if (doc.errors.length > 0) {
      return { yaml, value: undefined };
    }
    try {
      // maxAliasCount bounds alias expansion ("billion laughs"): the parse stays linear in the file size.
      return { yaml, value: doc.toJS({ maxAliasCount: 100 }) };
    } catch (err) {
      yaml.report(diagnostics, 0, 'yaml-syntax', (err as Error).message.split('\n')[0]);
      return { yaml, value: undefined };
    }
  }

  /**
   * Offset of the node at `path`, or of its nearest existing ancestor (a missing key points at its mapping).
   * With `atKey`, the key of the last segment rather than its value (for "unknown field" problems).
   */
  offsetOf(path: readonly PathSegment[], atKey = false): number {
    const parent = atKey ? this.doc.getIn(path.slice(0, -1), true) : undefined;
    if (isMap(parent)) {
      const pair = parent.items.find(p => isScalar(p.key) && p.key.value === path.at(-1));
      if (isNode(pair?.key) && pair.key.range) {
        return pair.key.range[0];
      }
    }
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        return node.range[0];
      }
    }
    return 0;
  }

  /** 1-based start and end (exclusive) of the value at `path`, with its text as written. */
  rangeOf(path: readonly PathSegment[]): { line: number; column: number; endLine: number; endColumn: number; written: string } {
    const node = this.doc.getIn(path, true);
    const [from, to] = isNode(node) && node.range ? node.range : [this.offsetOf(path), this.offsetOf(path)];
    const start = this.lines.linePos(from);
    const end = this.lines.linePos(to);
    return { line: start.line + this.lineOffset, column: start.col, endLine: end.line + this.lineOffset, endColumn: end.col, written: this.lines.text.slice(from, to) };
  }

  /** 1-based line of the node at `path`. */
  lineOf(path: readonly PathSegment[]): number {
    return this.lines.linePos(this.offsetOf(path)).line + this.lineOffset;
  }

  report(diagnostics: Diagnostic[], offset: number, code: string, message: string, severity: Severity = 'error'): void {
    const pos = this.lines.linePos(Math.max(0, offset));
    diagnostics.push({ file: this.path, line: pos.line + this.lineOffset, column: pos.col, severity, code, message });
  }

  reportAt(diagnostics: Diagnostic[], path: readonly PathSegment[], code: string, message: string, atKey = false, severity: Severity = 'error'): void {
    this.report(diagnostics, this.offsetOf(path, atKey), code, message, severity);
  }
}

/**
 * 1-based line and column of an offset, from the text's own line breaks. Not the parser's LineCounter: its lexer
 * skips the line breaks inside an unterminated quoted scalar, which shifts every later position (found by fuzzing).
 */
class LineStarts {
  private readonly starts = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      this.starts.push(i + 1);
    }
  }

  linePos(offset: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return { line: lo + 1, col: offset - this.starts[lo] + 1 };
  }
}
