// Record-by-record JSON Schema validation (the schemas in data/schema are the ones editors use too),
// with Ajv's errors rewritten as sentences and positioned at the offending YAML node. The validators come from the
// caller: compiled by Ajv at build time (runtimeValidators.ts), or generated as standalone code for the shipped
// workspace loader, which may not compile code from strings.
import type { ErrorObject } from 'ajv';
import type { PathSegment } from './yamlFile';

export type RecordKind = 'source' | 'entity' | 'statement';

export const COLLECTION_KEY: Record<RecordKind, string> = { source: 'sources', entity: 'entities', statement: 'statements' };

/** What Ajv's compiled and standalone validators both are. */
export interface RecordValidator {
  (record: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export type RecordValidators = Record<RecordKind, RecordValidator>;

/** The schema (and definition) each record kind is validated against. */
export function recordSchemaRef(kind: RecordKind): string {
  return `https://dprk-atlas.invalid/schema/${COLLECTION_KEY[kind]}.schema.json#/definitions/${kind}`;
}

export interface SchemaProblem {
  /** Path below the record. */
  path: PathSegment[];
  message: string;
  /** Point at the key named by the last path segment (an unknown field), not its value. */
  atKey?: boolean;
}

export function checkRecord(validators: RecordValidators, kind: RecordKind, record: unknown): SchemaProblem[] {
  const validate = validators[kind];
  if (validate(record)) {
    return [];
  }
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'oneOf' || error.keyword === 'if') {
      continue;
    }
    const path = error.instancePath.split('/').slice(1).map(decodeSegment);
    const key = path.join('/');
    if (seen.has(key)) {
      continue;
    }
    seen.add(key);
    problems.push(describe(kind, path, error));
  }
  return problems;
}

function decodeSegment(s: string): PathSegment {
  const text = s.replace(/~1/g, '/').replace(/~0/g, '~');
  return /^\d+$/.test(text) ? Number(text) : text;
}

function describe(kind: RecordKind, path: PathSegment[], e: ErrorObject): SchemaProblem {
  const field = path.length ? `\`${path.join('.')}\`` : `this ${kind}`;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { path, message: `${field} is missing the required field \`${p.missingProperty}\`.` };
    case 'additionalProperties':
      return { path: [...path, String(p.additionalProperty)], atKey: true, message: `Unknown field \`${p.additionalProperty}\` in ${field} (check its spelling; see data/README.md).` };
    case 'enum':
      return { path, message: `${field} must be one of: ${(p.allowedValues as unknown[]).join(', ')}.` };
    case 'const':
      return { path, message: `${field} must be "${p.allowedValue}" or a date object.` };
    case 'type':
      return { path, message: `${field} must be ${article(String(p.type))} ${p.type}.` };
    case 'pattern':
      return { path, message: `${field} ${PATTERN_HINTS[String(path.at(-1))] ?? 'must be a lowercase kebab-case id such as `kil-mun-yong`'}.` };
    case 'minLength':
      return { path, message: `${field} is too short (at least ${p.limit} characters).` };
    case 'minItems':
      return { path, message: `${field} needs at least ${p.limit} item(s).` };
    case 'uniqueItems':
      return { path, message: `${field} lists the same value twice.` };
    default:
      return { path, message: `${field} ${e.message ?? 'is invalid'}.` };
  }
}

const PATTERN_HINTS: Record<string, string> = {
  iso: 'must be an ISO 3166 code such as `GH` (or a four-letter ISO 3166-3 code such as `SUHH`)',
  lang: 'must be a BCP 47 language tag such as `ko` or `mn`',
  file: 'must name a file directly under `sources/`',
};

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}
