// Build-time entry: validate data/ and produce the compiled fact base (used by esbuild.mjs and the tests), with the
// schema validators Ajv compiles at run time and the HTML cleaner imported directly. The shipped workspace loader
// (workspaceEntry.ts) passes standalone validators and loads the HTML cleaner only when it meets an HTML source.
import { readableText } from '../html/readableText';
import { type FactBaseInput, type LoadOptions, type LoadResult, loadFactBase as loadWith } from './loadFactBase';
import { runtimeValidators } from './runtimeValidators';

export function loadFactBase(input: FactBaseInput, options: Partial<LoadOptions> = {}): LoadResult {
  return loadWith(input, { validators: runtimeValidators(), htmlText: readableText, ...options });
}

export type { FactBaseInput, LoadContext, LoadOptions, LoadResult } from './loadFactBase';
export { LoadCache } from './loadCache';
export { readDataDir } from './readDataDir';
export { standaloneValidatorCode } from './runtimeValidators';
export { packFactBase } from '../pack/writeFactBasePack';
export { formatDiagnostic, type Diagnostic } from '../diagnostics';
export { formatCoverage, parseCoverageNotes, sentenceCoverage, type CoverageNote, type CoverageReport } from './coverage';
