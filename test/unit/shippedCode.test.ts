// Issue 9: what the extension's code can do, read from the bundles as esbuild builds them from src/ (the libraries
// included). It writes no file and edits no document but the writes ALLOWED_WRITES names, reads no workspace file,
// watches no document, runs no code from strings, and the webviews (reader, timeline) parse no string as HTML. Names of VS Code and DOM APIs survive
// minification, so a match in these bundles would be in the shipped one too.
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as path from 'path';

/** node:crypto makes the webview's nonce; fs, child_process, vm, worker_threads or any other module would fail. */
const EXTENSION_IMPORTS = ['node:crypto', 'vscode'];
/** VS Code APIs that change files or documents: workspace.fs writes, workspace and editor edits, saves (Map.delete is no write). */
const WRITE_APIS = /\b(writeFile|createDirectory|applyEdit|insertSnippet|saveAll|saveAs|WorkspaceEdit)\b|\.(edit|save|rename|copy)\s*\(|\bfs\.delete\b/;
/** Where an extension reads the workspace's files or runs over every open document. */
const WORKSPACE_SCANS = /\b(onDidOpenTextDocument|onDidChangeTextDocument|onDidSaveTextDocument|textDocuments|onDidOpenNotebookDocument|onDidChangeNotebookDocument|notebookDocuments|findFiles|workspaceFolders|rootPath|createFileSystemWatcher)\b/;
/**
 * Every write the extension makes: the API, the module that calls it, and why. A write API anywhere else, or one not
 * listed for its module, fails the test, and so does an entry no module needs any more.
 */
const ALLOWED_WRITES: readonly { api: string; module: string; why: string }[] = [
  {
    api: 'writeFile', module: 'src/export/registerExport.ts',
    why: 'Export Facts… writes the one file the user picked in its save dialog (or that its caller named), only when run.',
  },
  {
    api: 'writeFile', module: 'src/timeline/exportTimelineSvg.ts',
    why: 'Export Timeline as SVG… writes the one file the user picked in its save dialog (or that its caller named), only when run.',
  },
];
const CODE_FROM_STRINGS = /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(/;
/** DOM calls that parse a string as HTML; src/webview/render.ts builds every node itself. */
const HTML_SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|srcdoc|DOMParser)\b|\bdocument\.write(ln)?\s*\(/;

interface Bundle {
  code: string;
  imports: string[];
}

/** The bundle's code per source module, split where esbuild's unminified output names each (`// src/x.ts`). */
function modules(code: string): Map<string, string> {
  const parts = code.split(/^\/\/ (\S+\.[cm]?[jt]sx?)$/m);
  const out = new Map<string, string>();
  for (let i = 1; i < parts.length; i += 2) {
    out.set(parts[i], (out.get(parts[i]) ?? '') + parts[i + 1]);
  }
  return out;
}

/** Each write API call in the bundle as `module: api`, e.g. `src/export/registerExport.ts: writeFile`. */
function writesIn(code: string): string[] {
  const writes = new Set<string>();
  for (const [module, text] of modules(code)) {
    for (const match of text.matchAll(new RegExp(WRITE_APIS, 'g'))) {
      writes.add(`${module}: ${match[0].replace(/^\.|\s*\($/g, '')}`);
    }
  }
  return [...writes].sort();
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
  let webview: Bundle;
  let timeline: Bundle;
  before(async () => {
    extension = await bundle({ entryPoints: ['src/extension.ts'], platform: 'node', format: 'cjs', external: ['vscode'] });
    webview = await bundle({ entryPoints: ['src/webview/reader.ts'], platform: 'browser', format: 'iife' });
    timeline = await bundle({ entryPoints: ['src/webview/timeline/timeline.ts'], platform: 'browser', format: 'iife' });
  });

  it('imports nothing in the extension host but vscode and node:crypto', () => {
    assert.ok(extension.code.length > 1000);
    assert.deepStrictEqual(extension.imports, EXTENSION_IMPORTS);
    assert.deepStrictEqual(webview.imports, []);
    assert.deepStrictEqual(timeline.imports, []);
  });

  it('writes no file and edits no document except where ALLOWED_WRITES says why', () => {
    assert.ok(modules(extension.code).has('src/extension.ts'), 'the bundle names its modules');
    assert.deepStrictEqual(writesIn(extension.code), ALLOWED_WRITES.map(w => `${w.module}: ${w.api}`).sort());
  });

  it('reads no workspace file, runs over no open document and evaluates no string as code', () => {
    for (const { code } of [extension, webview, timeline]) {
      assert.equal(found(code, WORKSPACE_SCANS), undefined);
      assert.equal(found(code, CODE_FROM_STRINGS), undefined);
    }
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
    for (const call of writes) {
      assert.match(call, WRITE_APIS);
    }
    const unexplained = '// src/export/registerExport.ts\nfs.writeFile(a)\n// src/tree/registerTree.ts\nfs.writeFile(b); doc.save()\n';
    assert.deepStrictEqual(writesIn(unexplained), ['src/export/registerExport.ts: writeFile', 'src/tree/registerTree.ts: save', 'src/tree/registerTree.ts: writeFile']);
    assert.match('vscode.workspace.onDidChangeTextDocument(e => scan(e.document.getText()))', WORKSPACE_SCANS);
    assert.match('vscode.workspace.findFiles("**/*.md")', WORKSPACE_SCANS);
    assert.match('new Function("return 1")', CODE_FROM_STRINGS);
    assert.match('span.innerHTML = text', HTML_SINKS);
    assert.match('el.insertAdjacentHTML("beforeend", t)', HTML_SINKS);
  });
});
