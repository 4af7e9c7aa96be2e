// Issue 16: a workspace fact base of 100 statement files × 100 statements (with cross-file references: actors in an
// entities file, conflict links into the previous file) — a full load against a re-load after editing one file, which
// parses that file only (LoadCache), and, apart, the indexes a change rebuilds (FactBase, search index, name matcher).
import { FactBase } from '../src/core/factBase';
import { type FactBaseInput, LoadCache, loadFactBase } from '../src/core/loader';
import { sharedNameMatcher } from '../src/core/matcher';
import { SearchIndex } from '../src/core/search/searchIndex';
import { type Figure, fastestMsWarm, registerBench } from './harness';

const ENTITY_COUNT = 50;

function statementFile(file: number, perFile: number, summaryWord: string): string {
  const records = Array.from({ length: perFile }, (_, i) => {
    const n = file * perFile + i;
    const conflict = file > 0 && i === 0 ? `\n    conflictsWith: [st-${(file - 1) * perFile}]` : '';
    return `  - id: st-${n}
    type: visit
    summary: Envoy ${n % ENTITY_COUNT} ${summaryWord} visit number ${n}
    actors: [person-${n % ENTITY_COUNT}, person-${(n + 1) % ENTITY_COUNT}]
    date: { edtf: ${1950 + (n % 70)}, text: in ${1950 + (n % 70)} }${conflict}
    evidence:
      - source: notes
        quote: Sentence number ${n} of the notes.`;
  });
  return `statements:\n${records.join('\n')}\n`;
}

function workspaceInput(files: number, perFile: number): FactBaseInput {
  const notes = Array.from({ length: files * perFile }, (_, n) => `Sentence number ${n} of the notes.`).join('\n');
  const entities = Array.from({ length: ENTITY_COUNT }, (_, i) => `  - id: person-${i}\n    kind: person\n    name: Envoy Number ${i}\n    description: An envoy.`);
  return {
    sources: [{ path: 'sources.yaml', text: 'sources:\n  - id: notes\n    file: sources/notes.txt\n    title: Notes\n' }],
    entities: [{ path: 'entities/people.yaml', text: `entities:\n${entities.join('\n')}\n` }],
    statements: Array.from({ length: files }, (_, f) => ({ path: `statements/file-${String(f).padStart(3, '0')}.yaml`, text: statementFile(f, perFile, 'official') })),
    readSource: file => (file === 'sources/notes.txt' ? notes : undefined),
  };
}

registerBench('workspace-load', ctx => {
  const files = Math.max(2, Math.round(100 * ctx.sizes.fraction));
  const perFile = Math.max(5, Math.round(100 * ctx.sizes.fraction));
  ctx.log(`timing a workspace fact base of ${files} files × ${perFile} statements`);
  const input = workspaceInput(files, perFile);
  const edited = Math.floor(files / 2);
  // Each timed re-load sees the edited file with a text it did not see last time, so it parses it every run.
  const versions = [statementFile(edited, perFile, 'official'), statementFile(edited, perFile, 'private')];
  const cache = new LoadCache();
  let turn = 0;
  const full = () => loadFactBase(input, { sources: 'workspace' });
  const reload = () => {
    const statements = input.statements.map((f, i) => (i === edited ? { ...f, text: versions[turn++ % 2] } : f));
    return loadFactBase({ ...input, statements }, { sources: 'workspace', cache });
  };
  const loaded = full();
  if (loaded.diagnostics.length > 0 || loaded.factBase.statements.length !== files * perFile) {
    throw new Error(`the generated workspace base does not load cleanly: ${loaded.diagnostics.slice(0, 3).map(d => d.message).join('; ')}`);
  }
  reload(); // fills the cache
  const [fullMs, reloadMs] = fastestMsWarm(ctx.sizes.repeats, ctx.sizes.warmUpMs, full, reload);
  const [indexMs] = fastestMsWarm(ctx.sizes.repeats, ctx.sizes.warmUpMs, () => {
    const factBase = new FactBase(loaded.factBase);
    SearchIndex.forFactBase(factBase);
    return sharedNameMatcher(factBase)();
  });
  const figures: Figure[] = [
    {
      key: 'workspace_reload_one_file_vs_full_load', value: reloadMs / fullMs, goal: { op: '<=', target: 0.05 },
      note: `${files}×${perFile} statements: re-load after editing one file ${reloadMs.toFixed(1)} ms vs full load ${fullMs.toFixed(0)} ms`,
    },
    { key: 'workspace_index_rebuild_vs_full_load', value: indexMs / fullMs, note: `FactBase + search index + name matcher: ${indexMs.toFixed(0)} ms, once per change, off the hover path` },
  ];
  return figures;
});
