// Entry of the shipped workspace loader, dist/workspaceLoader.js: a chunk of its own that the extension requires only
// when a workspace fact base exists, so activation without one loads no YAML parser (test/unit/bundle.test.ts). The
// schema validators are Ajv's standalone code generated at build time (esbuild.mjs): compiling them at run time would
// take `new Function`, which the shipped code may not use (test/unit/shippedCode.test.ts).
// HTML sources are cleaned by another chunk, dist/htmlCleaner.js (Readability and its DOM), required on the first one.
import validators from 'dprk-atlas:standalone-validators';
import type { ReadableText } from '../html/readableText';
import type { LoadCache } from './loadCache';
import { type FactBaseInput, type LoadContext, type LoadResult, loadFactBase } from './loadFactBase';

export function loadWorkspaceFactBase(input: FactBaseInput, context: LoadContext, cache: LoadCache): LoadResult {
  return loadFactBase(input, { validators, sources: 'workspace', context, cache, htmlText });
}

function htmlText(html: string): ReadableText {
  // A literal path esbuild keeps external (workspaceLoaderTarget), resolved beside this chunk at run time.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./htmlCleaner.js') as typeof import('../html/readableText')).readableText(html);
}

export { LoadCache } from './loadCache';
