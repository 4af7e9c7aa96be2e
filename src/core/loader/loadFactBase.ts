// YAML files → validated CompiledFactBase + positioned diagnostics.
// A broken record is reported and skipped; every other record still loads. Never throws.
import type { ReadableText } from '../html/readableText';
import { resolveDate } from './resolveDate';
import type { Diagnostic } from '../diagnostics';
import type {
  CleaningProfile, CompiledFactBase, Entity, Evidence, LocatedEvidence, ResolvedDate, Source, SourceDate, Statement,
} from '../model';
import { nameKey } from '../text';
import { namesOf } from './entityNames';
import { lintFactBase } from './lint';
import { LoadCache } from './loadCache';
import { locateQuote } from './locateQuote';
import { splitRecords } from './salvage';
import { COLLECTION_KEY, checkRecord, type RecordKind, type RecordValidators } from './schemaCheck';
import { sha256Hex } from './sha256';
import { type InputFile, type PathSegment, YamlFile } from './yamlFile';

export interface FactBaseInput {
  sources: InputFile[];
  entities: InputFile[];
  statements: InputFile[];
  /** The raw text of a source file named in a sources file (path relative to the data folder), or undefined if unreadable. */
  readSource(file: string): string | undefined;
  /** Why a source file was not read (too large, binary), when the reader skipped it on purpose. */
  unreadableReason?(file: string): string | undefined;
}

/**
 * The fact bases loaded before this one (the bundled one first), as look-ups, so a load costs what this base holds,
 * not what they do (a FactBase is one): records may refer to their ids, never reuse them.
 */
export interface LoadContext {
  source(id: string): (Source & { text: string }) | undefined;
  entity(id: string): Entity | undefined;
  statement(id: string): Pick<Statement, 'id'> | undefined;
  /** The last of their entities with a name, alias, demonym or native name of this nameKey. */
  entityByNameKey(key: string): Entity | undefined;
}

export interface LoadOptions {
  validators: RecordValidators;
  /**
   * 'bundled' (the default): every source states kind, cleaning, published and sha256, as data/ must. 'workspace': a
   * source needs only id, file and title; sha256 is checked when given, the cleaning follows the file's extension.
   */
  sources?: 'bundled' | 'workspace';
  context?: LoadContext;
  /** Parse results of earlier loads: a re-load parses only the files whose text changed. */
  cache?: LoadCache;
  /** An HTML source's readable text, the text its quotes are checked against; without it HTML sources are refused. */
  htmlText?: (html: string) => ReadableText;
}

export interface LoadResult {
  factBase: CompiledFactBase;
  diagnostics: Diagnostic[];
}

/** Where a record came from, so later checks can point back at it. */
export interface Origin {
  yaml: YamlFile;
  path: PathSegment[];
}

export type RawRecord = Record<string, unknown>;

/** What a bundled source must state and a workspace source may leave out. */
const BUNDLED_SOURCE_FIELDS = ['kind', 'cleaning', 'published', 'sha256'] as const;

const EMPTY_CONTEXT: LoadContext = { source: () => undefined, entity: () => undefined, statement: () => undefined, entityByNameKey: () => undefined };

export function loadFactBase(input: FactBaseInput, options: LoadOptions): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const factBase: CompiledFactBase = { formatVersion: 1, sources: [], entities: [], statements: [] };
  try {
    new Loader(input, options, diagnostics, factBase).run();
  } catch (err) {
    // A bug in the loader must still come out as a diagnostic, never as a crash of the caller.
    diagnostics.push({ file: '(loader)', line: 1, column: 1, severity: 'error', code: 'internal-error', message: `Internal error while loading: ${(err as Error).message}` });
  }
  return { factBase, diagnostics };
}

class Loader {
  private readonly sourceTexts = new Map<string, string>();
  private readonly sourceOrigins = new Map<string, Origin>();
  private readonly entityOrigins = new Map<string, Origin>();
  private readonly statementOrigins = new Map<string, Origin>();
  private readonly context: LoadContext;
  private readonly cache: LoadCache;

  constructor(
    private readonly input: FactBaseInput,
    private readonly options: LoadOptions,
    private readonly diagnostics: Diagnostic[],
    private readonly out: CompiledFactBase,
  ) {
    this.context = options.context ?? EMPTY_CONTEXT;
    this.cache = options.cache ?? new LoadCache();
  }

  run(): void {
    for (const { record, origin } of this.records('source', this.input.sources)) {
      this.guarded(origin, () => this.addSource(record, origin));
    }
    for (const { record, origin } of this.records('entity', this.input.entities)) {
      this.guarded(origin, () => this.addEntity(record, origin));
    }
    this.checkEntityLinks();
    this.checkNameCollisions();
    for (const { record, origin } of this.records('statement', this.input.statements)) {
      this.guarded(origin, () => this.addStatement(record, origin));
    }
    this.checkConflictLinks();
    lintFactBase(this.out, (target, path, code, message, severity) => {
      const origin = 'entity' in target ? this.entityOrigins.get(target.entity)! : this.statementOrigins.get(target.statement)!;
      origin.yaml.reportAt(this.diagnostics, [...origin.path, ...path], code, message, false, severity);
    });
    this.cache.keepOnly([...this.input.sources, ...this.input.entities, ...this.input.statements], this.out.sources.map(s => s.file));
  }

  /** An exception inside one record is a bug of the loader; it costs that record only, reported where it is. */
  private guarded(origin: Origin, check: () => void): void {
    try {
      check();
    } catch (err) {
      this.report(origin, [], 'internal-error', `Internal error while loading this record (it is skipped): ${(err as Error).message}`);
    }
  }

  /** Every schema-valid record of every file of one kind; the problems of each file are reported. */
  private *records(kind: RecordKind, files: InputFile[]): Generator<{ record: RawRecord; origin: Origin }> {
    for (const file of files) {
      const parsed = this.cache.parsed(kind, file, () => parseRecords(kind, file, this.options.validators));
      this.diagnostics.push(...parsed.diagnostics);
      yield* parsed.records;
    }
  }

  private report(origin: Origin, sub: PathSegment[], code: string, message: string): void {
    origin.yaml.reportAt(this.diagnostics, [...origin.path, ...sub], code, message);
  }

  private claimId(kind: RecordKind, id: string, origin: Origin, registry: Map<string, Origin>): boolean {
    if (this.context[kind](id) !== undefined) {
      this.report(origin, ['id'], 'duplicate-id', `Duplicate ${kind} id "${id}": a fact base loaded before this one (the bundled one or another workspace folder's) already defines it. Choose another id; this record is skipped.`);
      return false;
    }
    const earlier = registry.get(id);
    if (earlier) {
      const where = `${earlier.yaml.path}:${earlier.yaml.lineOf(earlier.path)}`;
      this.report(origin, ['id'], 'duplicate-id', `Duplicate ${kind} id "${id}": already defined at ${where}. This record is skipped.`);
      return false;
    }
    registry.set(id, origin);
    return true;
  }

  private addSource(r: RawRecord, origin: Origin): void {
    const source = r as unknown as Partial<Source> & Pick<Source, 'id' | 'file' | 'title'>;
    if (this.options.sources !== 'workspace') {
      const missing = BUNDLED_SOURCE_FIELDS.filter(field => source[field] === undefined);
      for (const field of missing) {
        this.report(origin, [], 'schema', `Source "${source.id}": a bundled source is missing the required field \`${field}\`.`);
      }
      if (missing.length > 0) {
        return;
      }
    }
    if (!this.claimId('source', source.id, origin, this.sourceOrigins)) {
      return;
    }
    const raw = this.input.readSource(source.file);
    if (raw === undefined) {
      const reason = this.input.unreadableReason?.(source.file);
      this.report(origin, ['file'], 'source-missing', `Source "${source.id}": cannot read its file "${source.file}".${reason ? ` ${reason}` : ''}`);
      return;
    }
    if (source.sha256 !== undefined && sha256Hex(raw) !== source.sha256) {
      this.report(origin, ['sha256'], 'source-changed', `Source "${source.id}": "${source.file}" is not the text this fact base was written against (its SHA-256 differs). Sources stay byte for byte as received; quotes depend on it.`);
      return;
    }
    const cleaning = source.cleaning ?? cleaningByExtension(source.file);
    const text = cleaning === 'html' ? this.readable(source, raw, origin) : raw;
    if (text === undefined) {
      return;
    }
    if (source.accessed && !this.resolve(source.accessed, origin, ['accessed'])) {
      return;
    }
    const published = source.published ?? 'unknown';
    if (published !== 'unknown' && !this.resolve(published, origin, ['published'])) {
      return;
    }
    this.sourceTexts.set(source.id, text);
    this.out.sources.push({ ...source, cleaning, published, text });
  }

  /** An HTML source's readable text (the file stays as received; its hash is the file's), or undefined after reporting. */
  private readable(source: Pick<Source, 'id' | 'file'>, html: string, origin: Origin): string | undefined {
    const readable = this.options.htmlText
      ? this.cache.readableText(source.file, html, this.options.htmlText)
      : { error: 'HTML sources are not read here.' };
    if ('error' in readable) {
      this.report(origin, ['file'], 'source-unreadable', `Source "${source.id}": "${source.file}" cannot be cleaned as HTML: ${readable.error}`);
      return undefined;
    }
    return readable.text;
  }

  private addEntity(r: RawRecord, origin: Origin): void {
    const id = String(r.id);
    const evidence = this.locateAll(r.evidence as Evidence[] | undefined, origin);
    if (!evidence || !this.claimId('entity', id, origin, this.entityOrigins)) {
      return;
    }
    this.out.entities.push({
      id,
      kind: r.kind as Entity['kind'],
      name: String(r.name),
      aliases: (r.aliases as string[]) ?? [],
      demonyms: (r.demonyms as string[]) ?? [],
      native: (r.native as Entity['native']) ?? [],
      description: String(r.description),
      ...(r.iso ? { iso: String(r.iso) } : {}),
      ...(r.country ? { country: String(r.country) } : {}),
      ...(r.sendingState ? { sendingState: String(r.sendingState) } : {}),
      ...(r.parent ? { parent: String(r.parent) } : {}),
      ambiguousAliases: (r.ambiguousAliases as string[]) ?? [],
      evidence,
      record: { file: origin.yaml.path, line: origin.yaml.lineOf(origin.path) },
    });
  }

  /** `country` and `sendingState` must name a country and `parent` an entity; a broken link is reported and dropped. */
  private checkEntityLinks(): void {
    const byId = new Map(this.out.entities.map(e => [e.id, e]));
    const entity = (id: string) => byId.get(id) ?? this.context.entity(id);
    for (const e of this.out.entities) {
      const origin = this.entityOrigins.get(e.id)!;
      for (const field of ['country', 'sendingState'] as const) {
        const linked = e[field];
        if (linked && entity(linked)?.kind !== 'country') {
          this.report(origin, [field], 'unknown-reference', `Entity "${e.id}": \`${field}\` "${linked}" is not a known country id.`);
          delete e[field];
        }
      }
      if (e.parent && !entity(e.parent)) {
        this.report(origin, ['parent'], 'unknown-reference', `Entity "${e.id}": \`parent\` "${e.parent}" is not a known entity id.`);
        delete e.parent;
      }
    }
  }

  /**
   * A name two entities claim must be listed in both entities' `ambiguousAliases`; a name an entity of an earlier fact
   * base claims, in this entity's (the earlier base is not this one's to edit).
   */
  private checkNameCollisions(): void {
    // An earlier base's claim comes first; in this base, the first entity to claim a name keeps it.
    const claims = new Map<string, Entity>();
    for (const e of this.out.entities) {
      const ambiguous = new Set(e.ambiguousAliases.map(nameKey));
      for (const [name, field] of namesOf(e)) {
        const key = nameKey(name);
        const earlier = this.context.entityByNameKey(key);
        const other = earlier ?? claims.get(key);
        const earlierBase = earlier !== undefined;
        if (!other) {
          claims.set(key, e);
        } else if (other !== e && !(ambiguous.has(key) && (earlierBase || other.ambiguousAliases.some(a => nameKey(a) === key)))) {
          this.report(this.entityOrigins.get(e.id)!, field, 'name-collision', earlierBase
            ? `Entity "${e.id}": the name "${name}" already denotes "${other.id}" in a fact base loaded before this one. If both are meant, list it in this entity's \`ambiguousAliases\`; otherwise remove it.`
            : `Entity "${e.id}": the name "${name}" also denotes "${other.id}". If both are meant, list it in \`ambiguousAliases\` of both entities; otherwise remove it from one.`);
        }
      }
    }
  }

  private addStatement(r: RawRecord, origin: Origin): void {
    const id = String(r.id);
    let ok = true;
    const refs: [PathSegment[], unknown][] = [
      ...((r.actors as string[]) ?? []).map((a, i) => [['actors', i], a] as [PathSegment[], unknown]),
      ...((r.mentions as string[]) ?? []).map((a, i) => [['mentions', i], a] as [PathSegment[], unknown]),
    ];
    const role = r.role as Statement['role'];
    if (role) {
      refs.push([['role', 'holder'], role.holder]);
      if (role.organization) {
        refs.push([['role', 'organization'], role.organization]);
      }
    }
    for (const [path, ref] of refs) {
      if (!this.entityOrigins.has(String(ref)) && this.context.entity(String(ref)) === undefined) {
        this.report(origin, path, 'unknown-reference', `Statement "${id}": "${ref}" is not a known entity id.`);
        ok = false;
      }
    }
    const date = r.date ? this.resolve(r.date as SourceDate, origin, ['date']) : undefined;
    const asOf = r.asOf ? this.resolve(r.asOf as SourceDate, origin, ['asOf']) : undefined;
    const evidence = this.locateAll(r.evidence as Evidence[], origin);
    if (!ok || !evidence || (r.date && !date) || (r.asOf && !asOf) || !this.claimId('statement', id, origin, this.statementOrigins)) {
      return;
    }
    this.out.statements.push({
      id,
      type: r.type as Statement['type'],
      summary: String(r.summary),
      ...(r.label ? { label: String(r.label) } : {}),
      actors: r.actors as string[],
      mentions: (r.mentions as string[]) ?? [],
      ...(date ? { date } : {}),
      ...(asOf ? { asOf } : {}),
      status: (r.status as Statement['status']) ?? 'occurred',
      ...(r.quantity ? { quantity: r.quantity as Statement['quantity'] } : {}),
      ...(role ? { role } : {}),
      ...(r.instrument ? { instrument: String(r.instrument) } : {}),
      conflictsWith: (r.conflictsWith as string[]) ?? [],
      ...(r.note ? { note: String(r.note) } : {}),
      evidence,
    });
  }

  /** Conflict links must point at loaded statements; a dangling one is reported and dropped. */
  private checkConflictLinks(): void {
    const ids = new Set(this.out.statements.map(s => s.id));
    for (const s of this.out.statements) {
      const origin = this.statementOrigins.get(s.id)!;
      s.conflictsWith = s.conflictsWith.filter((other, i) => {
        const known = ids.has(other) || this.context.statement(other) !== undefined;
        if (!known) {
          this.report(origin, ['conflictsWith', i], 'unknown-reference', `Statement "${s.id}": \`conflictsWith\` "${other}" is not a loaded statement id.`);
        }
        return known;
      });
    }
  }

  private resolve(date: SourceDate, origin: Origin, path: PathSegment[]): ResolvedDate | undefined {
    // A bare year is read by YAML as a number; EDTF is text.
    const resolved = this.cache.resolvedDate(String(date.edtf), date.text, resolveDate);
    if ('error' in resolved) {
      this.report(origin, [...path, 'edtf'], 'invalid-date', `Invalid date: ${resolved.error}. See data/README.md for EDTF examples.`);
      return undefined;
    }
    return resolved;
  }

  /** Locates every quote; undefined (after reporting) if any one fails. */
  private locateAll(evidence: Evidence[] | undefined, origin: Origin): LocatedEvidence[] | undefined {
    const located: LocatedEvidence[] = [];
    let ok = true;
    for (const [i, e] of (evidence ?? []).entries()) {
      const text = this.sourceTexts.get(e.source) ?? this.context.source(e.source)?.text;
      if (text === undefined) {
        this.report(origin, ['evidence', i, 'source'], 'unknown-reference', `"${e.source}" is not a known source id (see sources.yaml).`);
        ok = false;
        continue;
      }
      const where = this.cache.quoteLocation(e.source, text, e.quote, e.prefix, locateQuote);
      if ('code' in where) {
        this.report(origin, ['evidence', i, 'quote'], where.code, where.message);
        if (where.suggestions.length > 0) {
          this.diagnostics.at(-1)!.quoteFix = { ...origin.yaml.rangeOf([...origin.path, 'evidence', i, 'quote']), suggestions: where.suggestions };
        }
        ok = false;
        continue;
      }
      located.push({ ...e, ...where });
    }
    return ok ? located : undefined;
  }
}

/** One file's records that pass the schema, with its syntax, shape and schema problems. */
export interface ParsedFile {
  records: { record: RawRecord; origin: Origin }[];
  diagnostics: Diagnostic[];
}

function parseRecords(kind: RecordKind, file: InputFile, validators: RecordValidators): ParsedFile {
  const key = COLLECTION_KEY[kind];
  const out: ParsedFile = { records: [], diagnostics: [] };
  const { yaml, value } = YamlFile.parse(file, out.diagnostics);
  if (value === undefined) {
    // The syntax errors are reported; salvage the records the error did not touch.
    for (const { text, lineOffset } of splitRecords(file.text, key)) {
      const part = YamlFile.parse({ path: file.path, text }, [], lineOffset);
      const list = isObject(part.value) ? part.value[key] : undefined;
      if (Array.isArray(list)) {
        checkList(kind, part.yaml, list, validators, out);
      }
    }
    return out;
  }
  const list = isObject(value) ? value[key] : undefined;
  if (!Array.isArray(list)) {
    yaml.reportAt(out.diagnostics, [], 'file-shape', `A ${kind} file must be a mapping with a \`${key}:\` list at the top level.`);
    return out;
  }
  checkList(kind, yaml, list, validators, out);
  return out;
}

function checkList(kind: RecordKind, yaml: YamlFile, list: unknown[], validators: RecordValidators, out: ParsedFile): void {
  const key = COLLECTION_KEY[kind];
  for (let i = 0; i < list.length; i++) {
    const path: PathSegment[] = [key, i];
    const problems = checkRecord(validators, kind, list[i]);
    for (const p of problems) {
      yaml.reportAt(out.diagnostics, [...path, ...p.path], 'schema', `${recordName(kind, list[i])}: ${p.message}`, p.atKey);
    }
    if (problems.length === 0) {
      out.records.push({ record: list[i] as RawRecord, origin: { yaml, path } });
    }
  }
}

/** A workspace source without `cleaning`: Markdown for .md files, HTML for .html, plain text for everything else. */
function cleaningByExtension(file: string): CleaningProfile {
  return /\.(md|markdown)$/i.test(file) ? 'markdown' : /\.x?html?$/i.test(file) ? 'html' : 'plain-text';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function recordName(kind: RecordKind, record: unknown): string {
  const id = isObject(record) && typeof record.id === 'string' ? ` "${record.id}"` : '';
  return `${kind[0].toUpperCase()}${kind.slice(1)}${id}`;
}
