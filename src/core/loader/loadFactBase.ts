// YAML files → validated CompiledFactBase + positioned diagnostics.
// A broken record is reported and skipped; every other record still loads. Never throws.
import { createHash } from 'crypto';
import { resolveDate } from './resolveDate';
import type { Diagnostic } from '../diagnostics';
import type {
  CompiledFactBase, Entity, Evidence, LocatedEvidence, ResolvedDate, Source, SourceDate, Statement,
} from '../model';
import { nameKey } from '../text';
import { namesOf } from './entityNames';
import { lintFactBase } from './lint';
import { locateQuote } from './locateQuote';
import { splitRecords } from './salvage';
import { COLLECTION_KEY, checkRecord, type RecordKind } from './schemaCheck';
import { type InputFile, type PathSegment, YamlFile } from './yamlFile';

export interface FactBaseInput {
  sources: InputFile[];
  entities: InputFile[];
  statements: InputFile[];
  /** The raw text of a source file named in a sources file (path relative to the data folder), or undefined if unreadable. */
  readSource(file: string): string | undefined;
}

export interface LoadResult {
  factBase: CompiledFactBase;
  diagnostics: Diagnostic[];
}

/** Where a record came from, so later checks can point back at it. */
interface Origin {
  yaml: YamlFile;
  path: PathSegment[];
}

type RawRecord = Record<string, unknown>;

export function loadFactBase(input: FactBaseInput): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const factBase: CompiledFactBase = { formatVersion: 1, sources: [], entities: [], statements: [] };
  try {
    new Loader(input, diagnostics, factBase).run();
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

  constructor(
    private readonly input: FactBaseInput,
    private readonly diagnostics: Diagnostic[],
    private readonly out: CompiledFactBase,
  ) {}

  run(): void {
    for (const { record, origin } of this.records('source', this.input.sources)) {
      this.addSource(record, origin);
    }
    const entities = [...this.records('entity', this.input.entities)];
    for (const { record, origin } of entities) {
      this.addEntity(record, origin);
    }
    this.checkEntityLinks();
    this.checkNameCollisions();
    for (const { record, origin } of this.records('statement', this.input.statements)) {
      this.addStatement(record, origin);
    }
    this.checkConflictLinks();
    lintFactBase(this.out, (target, path, code, message, severity) => {
      const origin = 'entity' in target ? this.entityOrigins.get(target.entity)! : this.statementOrigins.get(target.statement)!;
      origin.yaml.reportAt(this.diagnostics, [...origin.path, ...path], code, message, false, severity);
    });
  }

  /** Every schema-valid record of every file of one kind; files and records that fail are reported. */
  private *records(kind: RecordKind, files: InputFile[]): Generator<{ record: RawRecord; origin: Origin }> {
    const key = COLLECTION_KEY[kind];
    for (const file of files) {
      const { yaml, value } = YamlFile.parse(file, this.diagnostics);
      if (value === undefined) {
        // The syntax errors are reported; salvage the records the error did not touch.
        for (const { text, lineOffset } of splitRecords(file.text, key)) {
          const part = YamlFile.parse({ path: file.path, text }, [], lineOffset);
          const list = isObject(part.value) ? part.value[key] : undefined;
          if (Array.isArray(list)) {
            yield* this.checked(kind, part.yaml, list);
          }
        }
        continue;
      }
      const list = isObject(value) ? value[key] : undefined;
      if (!Array.isArray(list)) {
        yaml.reportAt(this.diagnostics, [], 'file-shape', `A ${kind} file must be a mapping with a \`${key}:\` list at the top level.`);
        continue;
      }
      yield* this.checked(kind, yaml, list);
    }
  }

  private *checked(kind: RecordKind, yaml: YamlFile, list: unknown[]): Generator<{ record: RawRecord; origin: Origin }> {
    const key = COLLECTION_KEY[kind];
    for (let i = 0; i < list.length; i++) {
      const path: PathSegment[] = [key, i];
      const problems = checkRecord(kind, list[i]);
      for (const p of problems) {
        yaml.reportAt(this.diagnostics, [...path, ...p.path], 'schema', `${recordName(kind, list[i])}: ${p.message}`, p.atKey);
      }
      if (problems.length === 0) {
        yield { record: list[i] as RawRecord, origin: { yaml, path } };
      }
    }
  }

  private report(origin: Origin, sub: PathSegment[], code: string, message: string): void {
    origin.yaml.reportAt(this.diagnostics, [...origin.path, ...sub], code, message);
  }

  private claimId(kind: 'source' | 'entity' | 'statement', id: string, origin: Origin, registry: Map<string, Origin>): boolean {
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
    const source = r as unknown as Source;
    if (!this.claimId('source', source.id, origin, this.sourceOrigins)) {
      return;
    }
    const text = this.input.readSource(source.file);
    if (text === undefined) {
      this.report(origin, ['file'], 'source-missing', `Source "${source.id}": cannot read its file "${source.file}".`);
      return;
    }
    if (sha256(text) !== source.sha256) {
      this.report(origin, ['sha256'], 'source-changed', `Source "${source.id}": "${source.file}" is not the text this fact base was written against (its SHA-256 differs). Sources stay byte for byte as received; quotes depend on it.`);
      return;
    }
    if (source.accessed && !this.resolve(source.accessed, origin, ['accessed'])) {
      return;
    }
    if (source.published !== 'unknown' && !this.resolve(source.published, origin, ['published'])) {
      return;
    }
    this.sourceTexts.set(source.id, text);
    this.out.sources.push({ ...source, text });
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
    for (const e of this.out.entities) {
      const origin = this.entityOrigins.get(e.id)!;
      for (const field of ['country', 'sendingState'] as const) {
        const linked = e[field];
        if (linked && byId.get(linked)?.kind !== 'country') {
          this.report(origin, [field], 'unknown-reference', `Entity "${e.id}": \`${field}\` "${linked}" is not a known country id.`);
          delete e[field];
        }
      }
      if (e.parent && !byId.has(e.parent)) {
        this.report(origin, ['parent'], 'unknown-reference', `Entity "${e.id}": \`parent\` "${e.parent}" is not a known entity id.`);
        delete e.parent;
      }
    }
  }

  /** A name two entities claim must be listed in both entities' `ambiguousAliases`. */
  private checkNameCollisions(): void {
    const claims = new Map<string, Entity>();
    for (const e of this.out.entities) {
      const ambiguous = new Set(e.ambiguousAliases.map(nameKey));
      for (const [name, field] of namesOf(e)) {
        const key = nameKey(name);
        const other = claims.get(key);
        if (!other) {
          claims.set(key, e);
        } else if (other !== e && !(ambiguous.has(key) && other.ambiguousAliases.some(a => nameKey(a) === key))) {
          this.report(this.entityOrigins.get(e.id)!, field, 'name-collision',
            `Entity "${e.id}": the name "${name}" also denotes "${other.id}". If both are meant, list it in \`ambiguousAliases\` of both entities; otherwise remove it from one.`);
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
      if (!this.entityOrigins.has(String(ref))) {
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
        if (!ids.has(other)) {
          this.report(origin, ['conflictsWith', i], 'unknown-reference', `Statement "${s.id}": \`conflictsWith\` "${other}" is not a loaded statement id.`);
        }
        return ids.has(other);
      });
    }
  }

  private resolve(date: SourceDate, origin: Origin, path: PathSegment[]): ResolvedDate | undefined {
    // A bare year is read by YAML as a number; EDTF is text.
    const resolved = resolveDate({ edtf: String(date.edtf), text: date.text });
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
      const text = this.sourceTexts.get(e.source);
      if (text === undefined) {
        this.report(origin, ['evidence', i, 'source'], 'unknown-reference', `"${e.source}" is not a known source id (see data/sources.yaml).`);
        ok = false;
        continue;
      }
      const where = locateQuote(text, e.quote, e.prefix);
      if ('code' in where) {
        this.report(origin, ['evidence', i, 'quote'], where.code, where.message);
        ok = false;
        continue;
      }
      located.push({ ...e, ...where });
    }
    return ok ? located : undefined;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function recordName(kind: RecordKind, record: unknown): string {
  const id = isObject(record) && typeof record.id === 'string' ? ` "${record.id}"` : '';
  return `${kind[0].toUpperCase()}${kind.slice(1)}${id}`;
}
