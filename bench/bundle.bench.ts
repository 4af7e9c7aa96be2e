// Bundle figures of issue 8: the size of the production extension bundle, and whether it holds the YAML parser
// (activation must read only the precompiled JSON). Built with esbuild.mjs's options and --production, into a
// temporary directory so the bench never rewrites dist/ under a running test.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { type Figure, registerBench, repoRoot } from './harness';

/** Builds with esbuild.mjs's own extension options, in production mode (its --production flag, passed on argv). */
const BUILD = `const [, outDir] = process.argv;
Promise.all([import('esbuild'), import(require('url').pathToFileURL(require('path').resolve('esbuild.mjs')).href)])
  .then(([esbuild, config]) => esbuild.build(config.extensionTarget(outDir + '/extension.js')))
  .then(r => require('fs').writeFileSync(outDir + '/meta.json', JSON.stringify(r.metafile)))
  .catch(e => { console.error(e); process.exit(1); })`;

interface Metafile {
  inputs: Record<string, unknown>;
}

registerBench('bundle', ctx => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-atlas-bundle-'));
  try {
    ctx.log('bundling the extension for production');
    const build = spawnSync(process.execPath, ['-e', BUILD, outDir, '--production'], { cwd: repoRoot(), encoding: 'utf8' });
    if (build.status !== 0) {
      throw new Error(`the production build failed: ${build.stderr}`);
    }
    const bytes = fs.statSync(path.join(outDir, 'extension.js')).size;
    const meta = JSON.parse(fs.readFileSync(path.join(outDir, 'meta.json'), 'utf8')) as Metafile;
    const yamlModules = Object.keys(meta.inputs).filter(input => /(^|\/)node_modules\/yaml\//.test(input));
    const figures: Figure[] = [
      { key: 'bundle_kb', value: bytes / 1024, goal: { op: '<=', target: 300 }, note: 'dist/extension.js, minified' },
      {
        key: 'activation_parses_yaml', value: yamlModules.length > 0, goal: { op: '===', target: false },
        note: 'true when the bundle holds any module of the yaml package (from its metafile)',
      },
    ];
    return figures;
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
});
