// Build-time entry: validate data/ and produce the compiled fact base (used by esbuild.mjs and the tests).
export { loadFactBase, type FactBaseInput, type LoadResult } from './loadFactBase';
export { readDataDir } from './readDataDir';
export { formatDiagnostic, type Diagnostic } from '../diagnostics';
export { formatCoverage, parseCoverageNotes, sentenceCoverage, type CoverageNote, type CoverageReport } from './coverage';
