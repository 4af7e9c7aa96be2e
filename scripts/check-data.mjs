// npm run check-data: validate data/ and compile it to dist/factbase.pack (the build's first step), printing every
// problem as file:line:column. With --coverage, also print every sentence of each article with the statements and
// entities that cite it, or the reason data/coverage-notes.yaml gives for citing nothing; exits 1 if a sentence has
// neither or a note is stale.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { compileData } from '../esbuild.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

try {
  const factBase = await compileData();
  if (process.argv.includes('--coverage')) {
    // compileData has just bundled the loader here.
    const { formatCoverage, parseCoverageNotes, sentenceCoverage } = createRequire(import.meta.url)(path.join(root, 'out/build/loader.cjs'));
    const notes = parseCoverageNotes(fs.readFileSync(path.join(root, 'data/coverage-notes.yaml'), 'utf8'));
    const report = sentenceCoverage(factBase, notes);
    console.log(formatCoverage(report));
    const open = report.sentences.filter(s => s.citedBy.length === 0 && !s.reason);
    process.exitCode = open.length > 0 || report.unusedNotes.length > 0 ? 1 : 0;
  }
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
