// The bits of Node's `process` the npm `assert` port's `util` reads, for the web worker suite only (esbuild.mjs
// injects it there); the extension's own web bundle needs none.
export const process = { env: {} };
