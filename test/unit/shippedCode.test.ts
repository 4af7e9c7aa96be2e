// Issue 9: what the extension's code can do, read from the bundles as esbuild builds them from src/ (the libraries
// included). It writes no file, reads no workspace file, runs no code from strings, and the reader webview parses no
// string as HTML. Names of VS Code and DOM APIs survive minification, so a match in these bundles would be in the
// shipped one too.
// Issue 17: editing documents (only on an explicit command, as one undoable edit) and watching open documents (to
// check drafts) are allowed where ALLOWED says, with the reason; any other use, in src/ or a library, still fails.
// Issue 18: the exports write the file the user picked; the timeline webview parses no string as HTML either.
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import shippedAliases from '../../scripts/shippedAliases.json';

/**
 * Only vscode, in the Node host and the web worker host alike, and the workspace loader, a chunk of its own
 * (dist/workspaceLoader.js) required only when a workspace fact base exists: fs, crypto or any other module would fail.
 */
const EXTENSION_IMPORTS = ['./workspaceLoader.js', 'vscode'];
/** VS Code APIs that change files or documents: workspace.fs writes, workspace and editor edits, saves. */
const WRITE_NAMES = ['writeFile', 'createDirectory', 'applyEdit', 'insertSnippet', 'saveAll', 'saveAs', 'WorkspaceEdit'];
/** Method calls that write (Map.delete is no write). */
const WRITE_CALLS = /\.(edit|save|rename|copy)\s*\(|\bfs\.delete\b/;
/** Where an extension reads the workspace's files or runs over every open document. */
const SCAN_NAMES = ['onDidOpenTextDocument', 'onDidChangeTextDocument', 'onDidSaveTextDocument', 'textDocuments', 'onDidOpenNotebookDocument',
  'onDidChangeNotebookDocument', 'notebookDocuments', 'findFiles', 'workspaceFolders', 'rootPath', 'createFileSystemWatcher', 'readDirectory', 'readFile'];

/** Each write or scan the extension makes: the API, the only source files that use it, and why. */
interface Allowed {
  api: string;
  files: string[];
  why: string;
}
const ALLOWED: Allowed[] = [
  { api: 'onDidOpenTextDocument', files: ['src/check/registerClaimCheck.ts'], why: 'checks a Markdown or plain-text draft against the fact base when it opens (dprkAtlas.check.*); reads the document, never writes it' },
  { api: 'onDidChangeTextDocument', files: ['src/check/registerClaimCheck.ts', 'src/workspace/registerWorkspaceFactBases.ts'], why: 'checks a draft again, debounced and only its changed paragraphs, after an edit; lints the unsaved buffer of a fact-base YAML file (other documents return at once)' },
  { api: 'onDidSaveTextDocument', files: ['src/workspace/registerWorkspaceFactBases.ts'], why: 'hears a save of a file under a fact-base folder (others are dropped at once) to re-read that file: code-server\'s file watcher was seen to miss saves' },
  { api: 'workspaceFolders', files: ['src/factBaseEditing/writing.ts', 'src/workspace/factBaseLocations.ts'], why: 'finds each workspace folder\'s fact-base folders (.dprk-atlas/ or the restricted setting\'s), and the one a writing command proposes to create' },
  { api: 'createFileSystemWatcher', files: ['src/workspace/registerWorkspaceFactBases.ts'], why: 'follows saved changes under the fact-base folders only (a RelativePattern per folder)' },
  { api: 'readDirectory', files: ['src/workspace/factBaseFolder.ts'], why: 'lists sources/, entities/ and statements/ of a fact-base folder' },
  { api: 'readFile', files: ['src/factBaseEditing/addSourceFromFile.ts', 'src/loadBundledFactBase.ts', 'src/names/nameReferences.ts', 'src/names/recordDocuments.ts', 'src/walkthrough/registerWalkthrough.ts', 'src/workspace/readFactBaseFile.ts'], why: 'reads the extension\'s own dist/factbase.pack, data/ records (Go to Definition) and sample draft; the Markdown and text files Find All References lists; one file of a fact-base folder (after refusing links and files over the size limits); the file Add Source from File… copies into the fact base' },
  { api: 'WorkspaceEdit', files: ['src/check/claimCodeActions.ts', 'src/cite/insertCitation.ts', 'src/factBaseEditing/addFactFromSelection.ts', 'src/factBaseEditing/addSourceFromFile.ts', 'src/factBaseEditing/registerFactBaseEditing.ts', 'src/factBaseEditing/writing.ts'], why: 'Insert Citation, the claim check\'s and the fact-base YAML\'s code actions, Add Fact from Selection and Add Source from File…, each chosen by the user, make their change as one undoable edit (writing.ts adds the record insertion both writing commands share to that edit)' },
  { api: 'applyEdit', files: ['src/cite/insertCitation.ts', 'src/factBaseEditing/addFactFromSelection.ts', 'src/factBaseEditing/addSourceFromFile.ts'], why: 'applies that one edit (a citation; Add Fact from Selection\'s statement draft; Add Source from File…\'s record with the copy of the file it asked to make), left unsaved, so a single Undo takes it back' },
  { api: 'textDocuments', files: ['src/check/draftChecks.ts', 'src/names/nameReferences.ts', 'src/workspace/registerWorkspaceFactBases.ts'], why: 'checks the drafts already open at activation, and again when dprkAtlas.check.* changes; Find All References reads open drafts as they stand, unsaved; after a fact base reloads, lints again the unsaved buffers of its own files (no others)' },
  { api: 'writeFile', files: ['src/export/registerExport.ts', 'src/timeline/exportTimeline.ts'], why: 'Export Facts… and Export Timeline as SVG…/PNG… write the one file the user picked in their save dialog (or that their caller named), only when run' },
  { api: 'findFiles', files: ['src/names/nameReferences.ts'], why: 'Find All References on a known name (an explicit request) lists at most 2,000 Markdown and text files, honouring files.exclude and search.exclude, and reads them; nothing is written' },
];

const allowedNames = new Set(ALLOWED.map(a => a.api));
const namesPattern = (names: string[]) => new RegExp(`\\b(${names.filter(n => !allowedNames.has(n)).join('|')})\\b`);
const WRITE_APIS = namesPattern(WRITE_NAMES);
const WORKSPACE_SCANS = namesPattern(SCAN_NAMES);
const CODE_FROM_STRINGS = /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(/;
/** DOM calls that parse a string as HTML; src/webview/render.ts builds every node itself. */
const HTML_SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|srcdoc|DOMParser)\b|\bdocument\.write(ln)?\s*\(/;

const root = path.join(__dirname, '../..');

/** Every .ts file under src/, relative to the repository, with its comments removed (they may name any API). */
function sourceFiles(dir = 'src'): { file: string; code: string }[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap(entry => {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      return sourceFiles(file);
    }
    const code = fs.readFileSync(path.join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    return entry.name.endsWith('.ts') ? [{ file, code }] : [];
  });
}

interface Bundle {
  code: string;
  imports: string[];
}

/** The first match of `pattern` in `code` with a little context, or undefined: a short failure message. */
function found(code: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(code);
  return match ? code.slice(Math.max(0, match.index - 60), match.index + match[0].length + 60) : undefined;
}

async function bundle(options: esbuild.BuildOptions): Promise<Bundle> {
  const result = await esbuild.build({
    ...options, absWorkingDir: root, alias: { ...shippedAliases, ...options.alias }, bundle: true, write: false, metafile: true, outdir: 'out/code-check', logLevel: 'silent',
  });
  const code = result.outputFiles.filter(f => f.path.endsWith('.js')).map(f => f.text).join('\n');
  const imports = Object.values(result.metafile.outputs).flatMap(output => output.imports.map(imp => imp.path));
  return { code, imports: [...new Set(imports)].sort() };
}

describe('what the shipped code can do', function () {
  this.timeout(60_000);
  let extension: Bundle;
  let webExtension: Bundle;
  let webview: Bundle;
  let timeline: Bundle;
  let workspaceLoader: Bundle;
  let htmlCleaner: Bundle;
  before(async () => {
    extension = await bundle({ entryPoints: ['src/extension.ts'], platform: 'node', format: 'cjs', external: ['vscode', './workspaceLoader.js'] });
    // Bundled for the browser, a Node module does not resolve: the build itself fails on one.
    webExtension = await bundle({ entryPoints: ['src/extension.ts'], platform: 'browser', format: 'cjs', external: ['vscode', './workspaceLoader.js'] });
    const config = await import(pathToFileURL(path.join(root, 'esbuild.mjs')).href) as Record<'workspaceLoaderTarget' | 'htmlCleanerTarget', () => esbuild.BuildOptions>;
    const { entryPoints, platform, format, plugins, external } = config.workspaceLoaderTarget();
    workspaceLoader = await bundle({ entryPoints, platform, format, plugins, external });
    const html = config.htmlCleanerTarget();
    htmlCleaner = await bundle({ entryPoints: html.entryPoints, platform: html.platform, format: html.format, alias: html.alias });
    webview = await bundle({ entryPoints: ['src/webview/reader.ts'], platform: 'browser', format: 'iife' });
    timeline = await bundle({ entryPoints: ['src/webview/timeline/timeline.ts'], platform: 'browser', format: 'iife' });
  });

  it('imports nothing in either extension host but vscode', () => {
    assert.ok(extension.code.length > 1000);
    assert.deepStrictEqual(extension.imports, EXTENSION_IMPORTS);
    assert.deepStrictEqual(webExtension.imports, EXTENSION_IMPORTS);
    assert.deepStrictEqual(webview.imports, []);
    assert.deepStrictEqual(timeline.imports, []);
  });

  it('writes no file and edits no document but where ALLOWED says', () => {
    assert.equal(found(extension.code, WRITE_APIS), undefined);
    assert.equal(found(extension.code, WRITE_CALLS), undefined);
  });

  it('uses each allowed write or scan only in the files ALLOWED names, for a stated reason', () => {
    const sources = sourceFiles();
    for (const { api, files, why } of ALLOWED) {
      assert.ok(why.length > 20 && [...WRITE_NAMES, ...SCAN_NAMES].includes(api), api);
      const users = sources.filter(s => new RegExp(`\\b${api}\\b`).test(s.code)).map(s => s.file);
      assert.deepEqual(users, files, `${api}: used in ${users.join(', ')}; ALLOWED says ${files.join(', ')}`);
    }
  });

  it('reads no workspace file, runs over no open document and evaluates no string as code', () => {
    for (const { code } of [extension, webview, timeline]) {
      assert.equal(found(code, WORKSPACE_SCANS), undefined);
    }
    for (const { code } of [extension, webview, timeline, workspaceLoader, htmlCleaner]) {
      assert.equal(found(code, CODE_FROM_STRINGS), undefined);
    }
    assert.ok(workspaceLoader.code.includes('ucs2length') || workspaceLoader.code.length > 100_000, 'the chunk carries the standalone validators');
  });

  it('cleans HTML sources in a chunk that imports nothing: the page is parsed into linkedom\'s DOM, which has no script engine', () => {
    assert.deepStrictEqual(workspaceLoader.imports, ['./htmlCleaner.js', 'buffer', 'process'], 'the workspace loader requires the cleaner, never bundles it');
    assert.ok(!workspaceLoader.code.includes('node_modules/linkedom/'));
    assert.deepStrictEqual(htmlCleaner.imports, [], 'no Node module (the optional canvas package neither): no file, process or network access');
    assert.ok(htmlCleaner.code.includes('node_modules/@mozilla/readability/') && htmlCleaner.code.includes('node_modules/linkedom/'));
    // Readability itself parses strings as HTML (innerHTML) into the same inert DOM; what leaves the chunk is text,
    // which the reader shows as text nodes (the webview checks below).
  });

  it('parses no string as HTML in the reader and timeline webviews (d3-scale and d3-time-format included)', () => {
    for (const { code } of [webview, timeline]) {
      assert.ok(code.includes('createElement') && code.includes('textContent'));
      assert.equal(found(code, HTML_SINKS), undefined);
    }
    assert.ok(timeline.code.includes('node_modules/d3-scale/'), 'the timeline bundles d3-scale');
  });

  it('(the patterns catch each kind of call they stand for)', () => {
    const writes = ['vscode.workspace.fs.writeFile(uri, bytes)', 'vscode.workspace.applyEdit(edit)', 'new vscode.WorkspaceEdit()',
      'editor.edit(b => b.insert(p, "x"))', 'document.save()', 'vscode.workspace.saveAll()', 'vscode.workspace.fs.delete(uri)'];
    const anyName = (names: string[]) => new RegExp(`\\b(${names.join('|')})\\b`);
    for (const call of writes) {
      assert.ok(anyName(WRITE_NAMES).test(call) || WRITE_CALLS.test(call), call);
    }
    assert.match('vscode.workspace.onDidChangeTextDocument(e => scan(e.document.getText()))', anyName(SCAN_NAMES));
    assert.match('vscode.workspace.findFiles("**/*.md")', anyName(SCAN_NAMES));
    // An API not allowed is still caught in the bundle.
    assert.match('vscode.workspace.notebookDocuments.forEach(d => scan(d))', WORKSPACE_SCANS);
    assert.match('new Function("return 1")', CODE_FROM_STRINGS);
    assert.match('span.innerHTML = text', HTML_SINKS);
    assert.match('el.insertAdjacentHTML("beforeend", t)', HTML_SINKS);
  });
});
