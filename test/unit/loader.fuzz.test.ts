// Property-based fuzzing of the loader over mutations of the real data files (issue 9).
// `npm test` runs a few hundred cases with a fixed seed; `npm run fuzz` runs over 10,000 (FUZZ_RUNS per property).
import * as assert from 'assert';
import fc from 'fast-check';
import * as path from 'path';
import { type FactBaseInput, loadFactBase, readDataDir } from '../../src/core/loader';
import type { InputFile } from '../../src/core/loader/yamlFile';
import { FactBase } from '../../src/core/factBase';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const data = readDataDir(path.join(__dirname, '../../data'));
const baselineIds = data.statements.map((f, i) => loadFactBase(withStatementFile(data, i, f.text)).factBase.statements.map(s => s.id));

interface RecordSpan {
  id: string;
  /** 0-based line of `- id:` and the line after the record's last line. */
  first: number;
  end: number;
}

/** The records of a file by line span (the data files put `- id:` first in every record). */
function spans(text: string): RecordSpan[] {
  const lines = text.split('\n');
  const out: RecordSpan[] = [];
  lines.forEach((l, i) => {
    const m = /^ {2}- id: (\S+)/.exec(l);
    if (m) {
      if (out.length) {
        out[out.length - 1].end = i;
      }
      out.push({ id: m[1], first: i, end: lines.length });
    }
  });
  return out;
}

const hostileLine = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u0000', '\uFEFF', '\uD800', '\uFFFD\uFFFD', '\t\tsummary: x', '    date: { edtf: 19XX-99, text: never }', '- - -', ': :', '&a [*a]',
    '    note: &x [1,2,3,4,5,6,7,8,9]', '    mentions: *nowhere', '    summary: ' + 'x'.repeat(200_000), '    note: ' + '['.repeat(5_000),
    '    note: ' + '{a: '.repeat(2_000), '    id: ghana', '    evidence: 5', '  statements:'),
);

type Mutation = (lines: string[], from: number, to: number, pick: number, extra: string) => void;
const MUTATIONS: Record<string, Mutation> = {
  cut: (l, from, to, p) => void l.splice(from + (p % (to - from)), 1),
  duplicate: (l, from, to, p) => void l.splice(from + (p % (to - from)), 0, l[from + (p % (to - from))]),
  swap: (l, from, to, p) => {
    const [a, b] = [from + (p % (to - from)), from + ((p >> 3) % (to - from))];
    [l[a], l[b]] = [l[b], l[a]];
  },
  indent: (l, from, to, p) => void (l[from + (p % (to - from))] = ' '.repeat(p % 7) + l[from + (p % (to - from))].trimStart()),
  insert: (l, from, to, p, extra) => void l.splice(from + (p % (to - from + 1)), 0, extra),
  overwrite: (l, from, to, p, extra) => void (l[from + (p % (to - from))] = extra),
};

/** The fact base with only one statements file, given new text: statement files are independent of each other. */
function withStatementFile(input: FactBaseInput, index: number, text: string): FactBaseInput {
  const statements: InputFile[] = [{ ...input.statements[index], text }];
  return { ...input, statements };
}

function assertPositionsInside(input: FactBaseInput, diagnostics: ReturnType<typeof loadFactBase>['diagnostics']): void {
  const files = new Map([...input.sources, ...input.entities, ...input.statements].map(f => [f.path, f.text.split('\n')]));
  for (const d of diagnostics) {
    const lines = files.get(d.file);
    assert.ok(lines, `diagnostic for an unknown file: ${d.file}`);
    assert.ok(d.line >= 1 && d.line <= lines.length, `${d.file}:${d.line} is outside the file (${lines.length} lines)`);
    assert.ok(d.column >= 1 && d.column <= lines[d.line - 1].length + 1, `${d.file}:${d.line}:${d.column} is outside the line`);
    assert.ok(d.message.length > 10);
  }
}

describe(`loader fuzzing (${RUNS} cases per property, seed ${SEED})`, function () {
  this.timeout(600_000);

  it('a mutation inside one statement never throws, positions every problem inside the file, and leaves every other record loaded', () => {
    fc.assert(fc.property(
      fc.nat(data.statements.length - 1), fc.nat(), fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat(), hostileLine,
      (fileIndex, recordPick, mutation, pick, extra) => {
        const file = data.statements[fileIndex];
        const records = spans(file.text);
        const target = records[recordPick % records.length];
        const lines = file.text.split('\n');
        // Lines after the record's `- id:` line, so the record boundary itself stays put.
        MUTATIONS[mutation](lines, target.first + 1, target.end, pick, extra);
        const input = withStatementFile(data, fileIndex, lines.join('\n'));
        const { factBase, diagnostics } = loadFactBase(input);
        assertPositionsInside(input, diagnostics);
        const loaded = new Set(factBase.statements.map(s => s.id));
        for (const id of baselineIds[fileIndex]) {
          if (id !== target.id) {
            assert.ok(loaded.has(id), `untouched statement ${id} did not load after ${mutation} in ${target.id}`);
          }
        }
      }), { numRuns: RUNS, seed: SEED });
  });

  it('CRLF line endings, a BOM and tabs after values change nothing', () => {
    fc.assert(fc.property(fc.nat(data.statements.length - 1), fc.constantFrom('crlf', 'bom', 'both'), (fileIndex, how) => {
      const text = data.statements[fileIndex].text;
      const changed = (how === 'bom' ? text : text.replace(/\n/g, '\r\n')).replace(/^/, how === 'crlf' ? '' : '\uFEFF');
      const { factBase, diagnostics } = loadFactBase(withStatementFile(data, fileIndex, changed));
      assert.deepStrictEqual(diagnostics, []);
      assert.deepStrictEqual(factBase.statements.map(s => s.id), baselineIds[fileIndex]);
    }), { numRuns: Math.min(RUNS, 30), seed: SEED });
  });

  it('arbitrary text as any file never throws and positions every problem inside the file', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2_000 }), fc.constantFrom('sources', 'entities', 'statements'), (text, kind) => {
      const input: FactBaseInput = { ...data, [kind]: [{ path: `${kind}/fuzz.yaml`, text }] };
      const { diagnostics } = loadFactBase(input);
      assertPositionsInside(input, diagnostics);
    }), { numRuns: RUNS, seed: SEED });
  });

  it('a workspace fact base written against the bundled one never throws and positions every problem inside its file', () => {
    const bundled = new FactBase(loadFactBase(data).factBase);
    const id = fc.oneof(fc.constantFrom('mongolia', 'ghana', 'north-korea', 'my-envoy', 'ghana-relations-established', 'notes', 'ghana-wikipedia'), fc.string({ maxLength: 12 }));
    const scalar = fc.oneof(id, fc.string({ maxLength: 30 }), fc.integer().map(String), fc.constantFrom('[', '{a: ', '*x', '&y', '"', '', 'null', '- x'));
    const field = fc.tuple(fc.constantFrom('id', 'type', 'summary', 'actors', 'mentions', 'file', 'title', 'kind', 'name', 'description', 'sha256', 'published', 'cleaning', 'date', 'evidence', 'quote', 'source', 'prefix', 'conflictsWith', 'aliases'),
      fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }).map(a => `[${a.join(', ')}]`), fc.tuple(scalar, scalar).map(([q, s]) => `\n      - source: ${s}\n        quote: ${q}`)), fc.nat(6));
    const record = fc.array(field, { minLength: 1, maxLength: 8 }).map(fields => fields.map(([k, v, indent], i) => `${i === 0 ? '  - ' : ' '.repeat(indent)}${k}: ${v}`).join('\n'));
    const file = (key: string) => fc.array(record, { maxLength: 5 }).map(records => `${key}:\n${records.join('\n')}\n`);
    fc.assert(fc.property(file('sources'), file('entities'), file('statements'), (sources, entities, statements) => {
      const input: FactBaseInput = {
        sources: [{ path: 'sources.yaml', text: sources }],
        entities: [{ path: 'entities/e.yaml', text: entities }],
        statements: [{ path: 'statements/s.yaml', text: statements }],
        readSource: f => (f.includes('x') ? 'A note about Mongolia.' : undefined),
      };
      const { diagnostics } = loadFactBase(input, { sources: 'workspace', context: bundled });
      assertPositionsInside(input, diagnostics);
      assert.ok(!diagnostics.some(d => d.code === 'internal-error'), diagnostics.map(d => d.message).join('\n'));
    }), { numRuns: RUNS, seed: SEED });
  });
});
