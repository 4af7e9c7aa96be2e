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
const htmlChunk = path.join(root, 'out/chunk-check/htmlCleaner.js');
const bundled = new FactBase(loadFactBase(readDataDir(path.join(root, 'data'))).factBase);

describe('workspace loader chunk', function () {
  this.timeout(60_000);
  let chunk: Chunk;
  before(async () => {
    const config = await import(pathToFileURL(path.join(root, 'esbuild.mjs')).href) as Record<'workspaceLoaderTarget' | 'htmlCleanerTarget', (outfile: string) => esbuild.BuildOptions>;
    const outfile = path.join(root, 'out/chunk-check/workspaceLoader.js');
    await esbuild.build({ ...config.workspaceLoaderTarget(outfile), sourcemap: false, logLevel: 'silent' });
    await esbuild.build({ ...config.htmlCleanerTarget(htmlChunk), sourcemap: false, logLevel: 'silent' });
    delete require.cache[outfile];
    delete require.cache[htmlChunk];
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

  it('requires the HTML cleaner chunk beside it only for an HTML source, and cleans as the build-time loader does', () => {
    const input = (file: string, text: string): FactBaseInput => ({
      sources: [{ path: 'sources.yaml', text: `sources:\n  - id: page\n    file: ${file}\n    title: A page\n` }],
      entities: [],
      statements: [{ path: 'statements/s.yaml', text: 'statements:\n  - id: s\n    type: visit\n    summary: A visit\n    actors: [mongolia]\n    evidence: [{ source: page, quote: The envoy visited Mongolia in May. }]\n' }],
      readSource: () => text,
    });
    const notes = chunk.loadWorkspaceFactBase(input('sources/notes.txt', 'Notes\nThe envoy visited Mongolia in May.\n'), bundled, new chunk.LoadCache());
    assert.deepStrictEqual(notes.diagnostics, []);
    assert.ok(!(htmlChunk in require.cache), 'no HTML source, no HTML cleaner');
    const page = input('sources/page.html', '<html><head><title>A page</title><script>globalThis.ran = 1</script></head><body><article><p>The envoy visited Mongolia in May. He stayed a week and met the foreign minister twice.</p></article></body></html>');
    const fromChunk = chunk.loadWorkspaceFactBase(page, bundled, new chunk.LoadCache());
    assert.ok(htmlChunk in require.cache, 'the chunk is required for the HTML source');
    assert.deepStrictEqual(fromChunk.diagnostics, []);
    assert.deepStrictEqual(fromChunk, loadFactBase(page, { sources: 'workspace', context: bundled, cache: new LoadCache() }));
    assert.strictEqual((globalThis as { ran?: unknown }).ran, undefined);
  });
});
