// Build: validate data/ and compile it to dist/factbase.pack, then bundle the extension (Node, `vscode`
// external), the workspace loader chunk it requires only when a workspace fact base exists, and the webviews
// (browser: reader, timeline). Flags: --production (minified, no sourcemaps), --watch, --tests
// (the test build: TEST_BUILD is true, so the bundles carry the hooks the host tests use, and test/host/*.ts is
// bundled into out/test/host), --data-only (validate and compile data/ only: `npm run check-data`).
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');
const root = path.dirname(new URL(import.meta.url).pathname);
const require = createRequire(import.meta.url);

/**
 * Runs the vscode-free loader over data/ (a diagnostic of severity error fails the build) and writes what it compiled
 * as the pack the extension opens without parsing it whole (src/core/pack), its name matcher ready-built.
 */
export async function compileData({ dataDir = path.join(root, 'data'), outFile = path.join(root, 'dist', 'factbase.pack') } = {}) {
  const { loadFactBase, readDataDir, formatDiagnostic, packFactBase } = await buildTimeLoader();
  const { factBase, diagnostics } = loadFactBase(readDataDir(dataDir));
  for (const d of diagnostics) {
    console.error(formatDiagnostic({ ...d, file: path.relative(process.cwd(), path.join(dataDir, d.file)) }));
  }
  if (diagnostics.some(d => d.severity === 'error')) {
    throw new Error(`The fact base has ${diagnostics.length} problem(s); see above.`);
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, packFactBase(factBase));
  return factBase;
}

/** The vscode-free loader (src/core/loader/index.ts) with Ajv's run-time validators, bundled for this script. */
async function buildTimeLoader() {
  const loaderBundle = path.join(root, 'out', 'build', 'loader.cjs');
  await esbuild.build({ entryPoints: [path.join(root, 'src/core/loader/index.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: loaderBundle, logLevel: 'silent' });
  delete require.cache[loaderBundle];
  return require(loaderBundle);
}

/**
 * `dprk-atlas:standalone-validators` (src/types/standaloneValidators.d.ts): Ajv's validators for data/schema generated
 * as plain code now, so the shipped workspace loader validates without compiling code from strings at run time.
 */
const standaloneValidators = {
  name: 'standalone-validators',
  setup(build) {
    build.onResolve({ filter: /^dprk-atlas:standalone-validators$/ }, args => ({ path: args.path, namespace: 'standalone-validators' }));
    build.onLoad({ filter: /.*/, namespace: 'standalone-validators' }, async () =>
      ({ contents: (await buildTimeLoader()).standaloneValidatorCode(), loader: 'js', resolveDir: root }));
  },
};

/** The workspace loader chunk beside dist/extension.js, which requires it by this name only when it needs it. */
export const WORKSPACE_LOADER_CHUNK = './workspaceLoader.js';
/** The HTML cleaner chunk beside it, which the workspace loader requires only for an HTML source. */
export const HTML_CLEANER_CHUNK = './htmlCleaner.js';

/**
 * Options shared by the shipped bundles. TEST_BUILD (src/buildFlags.d.ts) is a constant, so esbuild drops the
 * branches it guards, and the modules only they import, from every build but the test build.
 */
function common(flags) {
  return {
    bundle: true, sourcemap: !flags.production, minify: flags.production, logLevel: 'warning', metafile: true,
    define: { TEST_BUILD: String(flags.tests) },
    // @vscode/l10n only as t() and config({ contents }): the rest of it reads files or fetches (src/shared/l10nRuntime.ts).
    alias: SHIPPED_ALIASES,
  };
}

const flagsFromArgv = { production, tests };
/** Module replacements in every shipped bundle; the tests that bundle src/ themselves read the same file. */
const SHIPPED_ALIASES = JSON.parse(fs.readFileSync(path.join(root, 'scripts/shippedAliases.json'), 'utf8'));

/** The extension bundle's options; the bundle bench and the shipped-code tests build it with these elsewhere. */
export function extensionTarget(outfile = 'dist/extension.js', flags = flagsFromArgv) {
  return { ...common(flags), absWorkingDir: root, entryPoints: [path.join(root, 'src/extension.ts')], outfile, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', WORKSPACE_LOADER_CHUNK] };
}

/** The workspace loader chunk's options (YAML parser, EDTF parser, the loader, standalone validators). */
export function workspaceLoaderTarget(outfile = 'dist/workspaceLoader.js', flags = flagsFromArgv) {
  return { ...common(flags), absWorkingDir: root, entryPoints: [path.join(root, 'src/core/loader/workspaceEntry.ts')], outfile, platform: 'node', format: 'cjs', target: 'node20', plugins: [standaloneValidators], external: [HTML_CLEANER_CHUNK] };
}

/**
 * The HTML cleaner chunk's options (Readability over linkedom's DOM). linkedom draws <canvas> with the optional
 * `canvas` package when installed; the chunk always takes linkedom's own stand-in.
 */
export function htmlCleanerTarget(outfile = 'dist/htmlCleaner.js', flags = flagsFromArgv) {
  const shared = common(flags);
  return {
    ...shared, absWorkingDir: root, entryPoints: [path.join(root, 'src/core/html/readableText.ts')], outfile, platform: 'node', format: 'cjs', target: 'node20',
    alias: { ...shared.alias, canvas: './node_modules/linkedom/commonjs/canvas-shim.cjs' },
  };
}

/**
 * The same extension for a web worker extension host (vscode.dev, github.dev): package.json's `browser` entry. It
 * needs nothing from Node (test/unit/bundle.test.ts checks), so it is the same code bundled for the browser.
 */
export function webExtensionTarget(outfile = 'dist/web/extension.js', flags = flagsFromArgv) {
  return { ...common(flags), absWorkingDir: root, entryPoints: [path.join(root, 'src/extension.ts')], outfile, platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode', WORKSPACE_LOADER_CHUNK] };
}

/** A webview bundle's options (its CSS lands beside it). */
function browserTarget(entry, outfile, flags) {
  return { ...common(flags), absWorkingDir: root, entryPoints: [path.join(root, entry)], outfile, platform: 'browser', format: 'iife', target: 'es2022' };
}

/** The reader webview bundle's options. */
export function webviewTarget(outfile = 'dist/webview/reader.js', flags = flagsFromArgv) {
  return browserTarget('src/webview/reader.ts', outfile, flags);
}

/** The timeline webview bundle's options. */
export function timelineWebviewTarget(outfile = 'dist/webview/timeline.js', flags = flagsFromArgv) {
  return browserTarget('src/webview/timeline/timeline.ts', outfile, flags);
}

/** Every bundle that ships, for the build and for the tests that read what ships (they pass outfiles of their own). */
export function shippedTargets(flags = flagsFromArgv) {
  return [extensionTarget(undefined, flags), workspaceLoaderTarget(undefined, flags), htmlCleanerTarget(undefined, flags), webExtensionTarget(undefined, flags), webviewTarget(undefined, flags), timelineWebviewTarget(undefined, flags)];
}

const targets = shippedTargets();
if (tests) {
  // Start clean: the in-host index runs every compiled *.test.js, including those whose source was deleted.
  fs.rmSync(path.join(root, 'out/test/host'), { recursive: true, force: true });
  fs.rmSync(path.join(root, 'out/test/web'), { recursive: true, force: true });
  const hostTests = fs.readdirSync(path.join(root, 'test/host')).filter(f => f.endsWith('.ts')).map(f => `test/host/${f}`);
  targets.push({ ...common(flagsFromArgv), sourcemap: true, minify: false, entryPoints: hostTests, outdir: 'out/test/host', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'] });
  // The Restricted Mode suite, run by the host's index in a host of its own with workspace trust on (scripts/test.mjs).
  fs.rmSync(path.join(root, 'out/test/restricted'), { recursive: true, force: true });
  targets.push({
    ...common(flagsFromArgv), sourcemap: true, minify: false, entryPoints: { index: 'test/host/index.ts', 'restrictedMode.test': 'test/restricted/restrictedMode.test.ts' },
    outdir: 'out/test/restricted', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'],
  });
  // The web worker host's suite: one browser bundle with mocha's browser build; node:assert from its npm port.
  targets.push({
    ...common(flagsFromArgv), sourcemap: true, minify: false, entryPoints: ['test/web/index.ts'], outfile: 'out/test/web/index.js',
    platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'],
    alias: { 'node:assert/strict': './test/web/strictAssert.ts' }, inject: ['test/web/processShim.ts'],
  });
}

async function main() {
  process.chdir(root);
  await compileData();
  if (process.argv.includes('--data-only')) {
    return;
  }
  if (watch) {
    for (const t of targets) {
      await (await esbuild.context(t)).watch();
    }
    console.log('[watch] build started; data/ is compiled once per start');
    return;
  }
  const metafiles = {};
  for (const t of targets) {
    const result = await esbuild.build(t);
    metafiles[t.outfile ?? t.outdir] = result.metafile;
  }
  // Kept for the bundle checks (size, no network modules) in tests and benchmarks.
  fs.writeFileSync('dist/meta.json', JSON.stringify(metafiles));
  // Which build dist/ holds: the host tests need the test build (scripts/test.mjs checks).
  fs.writeFileSync('dist/build.json', JSON.stringify({ testBuild: tests }));
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  main().catch(err => {
    console.error(err.message);
    process.exit(1);
  });
}
