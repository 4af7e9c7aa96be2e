/**
 * True only in the test build (`node esbuild.mjs --tests`, which `npm test` runs): esbuild's `define` makes it a
 * constant, so the shipped bundles (`--production`, `npm run package`) contain no code that it guards, nor any
 * module only such code imports. Test hooks go behind it and nowhere else.
 */
declare const TEST_BUILD: boolean;
