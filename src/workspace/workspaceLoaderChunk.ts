// The workspace loader is a chunk of its own (dist/workspaceLoader.js, esbuild.mjs): YAML and EDTF parsing and the
// schema validators, ~240 KB minified, loaded on first use only, when a workspace fact-base folder exists.
type WorkspaceLoader = typeof import('../core/loader/workspaceEntry');

let loaded: WorkspaceLoader | undefined;

export function workspaceLoader(): WorkspaceLoader {
  // A literal path esbuild keeps external (extensionTarget), resolved beside dist/extension.js at run time.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('./workspaceLoader.js') as WorkspaceLoader);
}
