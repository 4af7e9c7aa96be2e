// Issue 9: what the extension's code can do, read from the bundles as esbuild builds them from src/ (the libraries
// included). It runs no code from strings, and the reader webview parses no string as HTML. It writes, reads and
// watches only what the allowlists below name, each use with the module it is in and
// why (issue 16: the workspace fact base), so a new, unexplained read, scan or write fails here. Names of VS Code and
// DOM APIs survive minification, so a match in these bundles would be in the shipped one too.
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as path from 'path';
import { pathToFileURL } from 'url';

/**
 * node:crypto makes the webview's nonce; the workspace loader is a chunk of its own (dist/workspaceLoader.js) that
 * the extension requires only when a workspace fact base exists; fs, child_process, vm, worker_threads or any other
 * module would fail.
 */
const EXTENSION_IMPORTS = ['./workspaceLoader.js', 'node:crypto', 'vscode'];
/** The workspace loader chunk: vscode-free; the yaml package takes Node's buffer (for !!binary) and process (its warnings). */
const WORKSPACE_LOADER_IMPORTS = ['buffer', 'process'];
/** VS Code APIs that change files or documents: workspace.fs writes, workspace and editor edits, saves (Map.delete is no write). */
const WRITE_APIS = /\b(writeFile|createDirectory|applyEdit|insertSnippet|saveAll|saveAs|WorkspaceEdit)\b|\.(edit|save|rename|copy)\s*\(|\bfs\.delete\b/;
/** Where an extension reads the workspace's files, lists or watches them, or runs over every open document. */
const WORKSPACE_SCANS = /\b(onDidOpenTextDocument|onDidChangeTextDocument|onDidSaveTextDocument|textDocuments|onDidOpenNotebookDocument|onDidChangeNotebookDocument|notebookDocuments|findFiles|workspaceFolders|rootPath|createFileSystemWatcher|readDirectory)\b|\bfs\.(readFile|stat)\b/;
const CODE_FROM_STRINGS = /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(/;
/** DOM calls that parse a string as HTML; src/webview/render.ts builds every node itself. */
const HTML_SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|srcdoc|DOMParser)\b|\bdocument\.write(ln)?\s*\(/;

/** Every write the extension can make, where, and why: only on the user's explicit command, as one undoable WorkspaceEdit. */
const ALLOWED_WRITES: { api: string; where: string; why: string }[] = [
  { api: 'WorkspaceEdit', where: 'src/factBaseEditing/addFactFromSelection.ts', why: 'Add Fact from Selection appends a statement draft to the fact base, undoable, left unsaved' },
  { api: 'applyEdit', where: 'src/factBaseEditing/addFactFromSelection.ts', why: 'applies that one edit' },
  { api: 'WorkspaceEdit', where: 'src/factBaseEditing/registerFactBaseEditing.ts', why: 'the quick fix for an unknown id: an edit VS Code applies only when the writer picks it' },
];

/** Every read, listing and watch the extension does, where, and why. A use not listed here fails; so does a stale entry. */
const ALLOWED_WORKSPACE_USES: { api: string; where: string; why: string }[] = [
  { api: 'fs.readFile', where: 'src/loadBundledFactBase.ts', why: 'reads the extension\'s own dist/factbase.json, not a workspace file' },
  { api: 'workspaceFolders', where: 'src/workspace/factBaseLocations.ts', why: 'finds each workspace folder\'s fact-base folders (.dprk-atlas/ or the restricted setting\'s)' },
  { api: 'createFileSystemWatcher', where: 'src/workspace/registerWorkspaceFactBases.ts', why: 'follows saved changes under the fact-base folders only (a RelativePattern per folder)' },
  { api: 'onDidChangeTextDocument', where: 'src/workspace/registerWorkspaceFactBases.ts', why: 'lints the unsaved buffer of a fact-base YAML file; other documents return at once' },
  { api: 'fs.stat', where: 'src/workspace/factBaseFolder.ts', why: 'checks the fact-base folder is a real folder (a link is not followed)' },
  { api: 'readDirectory', where: 'src/workspace/factBaseFolder.ts', why: 'lists sources/, entities/ and statements/ of a fact-base folder' },
  { api: 'fs.stat', where: 'src/workspace/readFactBaseFile.ts', why: 'refuses links and files over the size limits before reading' },
  { api: 'fs.readFile', where: 'src/workspace/readFactBaseFile.ts', why: 'reads one file of a fact-base folder' },
];

interface Bundle {
  code: string;
  imports: string[];
}

/** Each use of an API `pattern` stands for as "api in module": the bundle is split at the module comments esbuild writes. */
function usesOf(code: string, pattern: RegExp): Set<string> {
  const uses = new Set<string>();
  const parts = code.split(/^\/\/ ((?:src|node_modules)\/\S+)$/m);
  for (let i = 1; i < parts.length; i += 2) {
    for (const match of parts[i + 1].matchAll(new RegExp(pattern.source, 'g'))) {
      uses.add(`${match[0]} in ${parts[i]}`);
    }
  }
  return uses;
}

/** The first match of `pattern` in `code` with a little context, or undefined: a short failure message. */
function found(code: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(code);
  return match ? code.slice(Math.max(0, match.index - 60), match.index + match[0].length + 60) : undefined;
}

async function bundle(options: esbuild.BuildOptions): Promise<Bundle> {
  const result = await esbuild.build({
    ...options, absWorkingDir: path.join(__dirname, '../..'), bundle: true, write: false, metafile: true, outdir: 'out/code-check', logLevel: 'silent',
  });
  const code = result.outputFiles.filter(f => f.path.endsWith('.js')).map(f => f.text).join('\n');
  const imports = Object.values(result.metafile.outputs).flatMap(output => output.imports.map(imp => imp.path));
  return { code, imports: [...new Set(imports)].sort() };
}

describe('what the shipped code can do', function () {
  this.timeout(60_000);
  let extension: Bundle;
  let workspaceLoader: Bundle;
  let webview: Bundle;
  before(async () => {
    const config = await import(pathToFileURL(path.join(__dirname, '../../esbuild.mjs')).href) as { workspaceLoaderTarget(): esbuild.BuildOptions };
    extension = await bundle({ entryPoints: ['src/extension.ts'], platform: 'node', format: 'cjs', external: ['vscode', './workspaceLoader.js'] });
    const { entryPoints, platform, format, plugins } = config.workspaceLoaderTarget();
    workspaceLoader = await bundle({ entryPoints, platform, format, plugins });
    webview = await bundle({ entryPoints: ['src/webview/reader.ts'], platform: 'browser', format: 'iife' });
  });

  it('imports nothing in the extension host but vscode, node:crypto and its own workspace loader chunk', () => {
    assert.ok(extension.code.length > 1000);
    assert.deepStrictEqual(extension.imports, EXTENSION_IMPORTS);
    assert.deepStrictEqual(workspaceLoader.imports, WORKSPACE_LOADER_IMPORTS);
    assert.deepStrictEqual(webview.imports, []);
  });

  it('writes and edits only where the allowlist says', () => {
    // The workspace loader chunk imports no vscode (above), so it has no API to write with; its parsers' own
    // `lexer.save()` would only confuse the pattern.
    const allowed = new Set(ALLOWED_WRITES.map(u => `${u.api} in ${u.where}`));
    const uses = usesOf(extension.code, WRITE_APIS);
    assert.deepStrictEqual([...uses].filter(use => !allowed.has(use)), [], 'a write the allowlist does not explain');
    assert.deepStrictEqual([...allowed].filter(use => !uses.has(use)), [], 'an allowlist entry no code needs any more');
  });

  it('reads, lists and watches only what the allowlist names, where it names it', () => {
    const allowed = new Set(ALLOWED_WORKSPACE_USES.map(u => `${u.api} in ${u.where}`));
    assert.deepStrictEqual([...usesOf(extension.code, WORKSPACE_SCANS)].filter(use => !allowed.has(use)), [], 'a use of a workspace API the allowlist does not explain');
    assert.deepStrictEqual([...allowed].filter(use => !usesOf(extension.code, WORKSPACE_SCANS).has(use)), [], 'an allowlist entry no code needs any more');
    for (const { code } of [workspaceLoader, webview]) {
      assert.deepStrictEqual([...usesOf(code, WORKSPACE_SCANS)], []);
    }
  });

  it('runs over no open document but as allowed, and evaluates no string as code', () => {
    for (const { code } of [extension, workspaceLoader, webview]) {
      assert.equal(found(code, CODE_FROM_STRINGS), undefined);
    }
    assert.ok(workspaceLoader.code.includes('ucs2length') || workspaceLoader.code.length > 100_000, 'the chunk carries the standalone validators');
  });

  it('parses no string as HTML in the reader webview', () => {
    assert.ok(webview.code.includes('createTextNode'));
    assert.equal(found(webview.code, HTML_SINKS), undefined);
  });

  it('(the patterns catch each kind of call they stand for)', () => {
    const writes = ['vscode.workspace.fs.writeFile(uri, bytes)', 'vscode.workspace.applyEdit(edit)', 'new vscode.WorkspaceEdit()',
      'editor.edit(b => b.insert(p, "x"))', 'document.save()', 'vscode.workspace.saveAll()', 'vscode.workspace.fs.delete(uri)'];
    for (const call of writes) {
      assert.match(call, WRITE_APIS);
    }
    assert.match('vscode.workspace.onDidChangeTextDocument(e => scan(e.document.getText()))', WORKSPACE_SCANS);
    assert.match('vscode.workspace.findFiles("**/*.md")', WORKSPACE_SCANS);
    assert.deepStrictEqual([...usesOf('// src/a.ts\nvscode.workspace.fs.readFile(u); vscode.workspace.workspaceFolders\n// src/b.ts\nfs.stat(u)\n', WORKSPACE_SCANS)],
      ['fs.readFile in src/a.ts', 'workspaceFolders in src/a.ts', 'fs.stat in src/b.ts']);
    assert.match('new Function("return 1")', CODE_FROM_STRINGS);
    assert.match('span.innerHTML = text', HTML_SINKS);
    assert.match('el.insertAdjacentHTML("beforeend", t)', HTML_SINKS);
  });
});
