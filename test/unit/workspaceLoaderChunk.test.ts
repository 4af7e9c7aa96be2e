// Issue 16: the shipped workspace loader chunk (esbuild.mjs's workspaceLoaderTarget: Ajv's standalone validators
// instead of run-time compiled ones) reports exactly what the build-time loader reports.
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { FactBase } from '../../src/core/factBase';
import { type FactBaseInput, LoadCache, loadFactBase, readDataDir } from '../../src/core/loader';

type Chunk = typeof import('../../src/core/loader/workspaceEntry');

const root = path.join(__dirname, '../..');
const bundled = new FactBase(loadFactBase(readDataDir(path.join(root, 'data'))).factBase);

describe('workspace loader chunk', function () {
  this.timeout(60_000);
  let chunk: Chunk;
  before(async () => {
    const config = await import(pathToFileURL(path.join(root, 'esbuild.mjs')).href) as { workspaceLoaderTarget(outfile: string): esbuild.BuildOptions };
    const outfile = path.join(root, 'out/chunk-check/workspaceLoader.js');
    await esbuild.build({ ...config.workspaceLoaderTarget(outfile), sourcemap: false, logLevel: 'silent' });
    delete require.cache[outfile];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    chunk = require(outfile) as Chunk;
    assert.ok(!fs.readFileSync(outfile, 'utf8').includes('new Function'));
  });

  it('validates with its standalone validators as Ajv does at run time', () => {
    const broken = (text: string): FactBaseInput => ({
      sources: [{ path: 'sources.yaml', text: 'sources:\n  - id: notes\n    file: sources/n.txt\n    title: ""\n    kind: diary\n  - id: ok\n    file: sources/n.txt\n    title: Notes\n' }],
      entities: [{ path: 'entities/e.yaml', text: 'entities:\n  - id: Bad Id\n    kind: person\n    name: X\n    description: y\n    colour: red\n' }],
      statements: [{ path: 'statements/s.yaml', text }],
      readSource: () => 'A note about Mongolia and North Korea.',
    });
    const input = broken('statements:\n  - id: s\n    type: war\n    summary: x\n    actors: [mongolia]\n    evidence: [{ source: ok, quote: A note about Mongolia }]\n  - id: t\n    type: visit\n    summary: Visit\n    actors: [mongolia]\n    evidence: []\n');
    const fromChunk = chunk.loadWorkspaceFactBase(input, bundled, new chunk.LoadCache());
    const atBuild = loadFactBase(input, { sources: 'workspace', context: bundled, cache: new LoadCache() });
    assert.ok(fromChunk.diagnostics.length >= 5, JSON.stringify(fromChunk.diagnostics));
    assert.deepStrictEqual(fromChunk, atBuild);
  });
});
