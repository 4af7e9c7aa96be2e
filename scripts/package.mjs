// npm run package: a production build, then a .vsix made by @vscode/vsce; .vscodeignore decides what ships.
// --out=FILE picks the .vsix path (default: dprk-atlas-<version>.vsix in the repository root).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = process.argv.find(a => a.startsWith('--out='))?.slice('--out='.length);

const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status === 0;
const ok = run(['esbuild.mjs', '--production'])
  && run(['node_modules/@vscode/vsce/vsce', 'package', '--allow-missing-repository', '--no-dependencies',
    // README images stay relative: they ship in media/ and the extension view resolves them there.
    '--no-rewrite-relative-links',
    ...(out ? ['--out', path.resolve(out)] : [])]);
process.exit(ok ? 0 : 1);
