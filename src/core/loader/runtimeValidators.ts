// Ajv validators compiled at run time from data/schema: for the build and the unit tests. Ajv compiles them with
// `new Function`, so the shipped workspace loader uses the standalone code `standaloneValidatorCode` generates instead.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import entitiesSchema from '../../../data/schema/entities.schema.json';
import sourcesSchema from '../../../data/schema/sources.schema.json';
import statementsSchema from '../../../data/schema/statements.schema.json';
import { type RecordKind, recordSchemaRef, type RecordValidators } from './schemaCheck';

const KINDS: RecordKind[] = ['source', 'entity', 'statement'];

function schemaAjv(generateSource: boolean): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source: generateSource } });
  for (const schema of [sourcesSchema, entitiesSchema, statementsSchema]) {
    ajv.addSchema(schema);
  }
  return ajv;
}

let compiled: RecordValidators | undefined;

export function runtimeValidators(): RecordValidators {
  if (!compiled) {
    const ajv = schemaAjv(false);
    compiled = Object.fromEntries(KINDS.map(kind => [kind, ajv.compile({ $ref: recordSchemaRef(kind) })])) as unknown as RecordValidators;
  }
  return compiled;
}

/** A CommonJS module exporting one validator per record kind, as `runtimeValidators` returns them. */
export function standaloneValidatorCode(): string {
  return standaloneCode(schemaAjv(true), Object.fromEntries(KINDS.map(kind => [kind, recordSchemaRef(kind)])));
}
